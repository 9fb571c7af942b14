package org.membercomms.commsplan;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one instance, sends plan items whose approval has not come by their
 * scheduled time back to planned, so nothing is published late.
 */
@Component
class ApprovalExpiry {

	private static final Logger log = LoggerFactory.getLogger(ApprovalExpiry.class);

	private final PlanItems items;

	ApprovalExpiry(PlanItems items) {
		this.items = items;
	}

	@Scheduled(fixedDelayString = "${membercomms.commsplan.expire-every:PT1M}",
			initialDelayString = "${membercomms.commsplan.expire-every:PT1M}")
	@SchedulerLock(name = "commsplan-expire-approvals", lockAtMostFor = "PT5M")
	void expireApprovals() {
		int expired = this.items.expireApprovals();
		if (expired > 0) {
			log.info("{} plan item approvals expired", expired);
		}
	}

}
