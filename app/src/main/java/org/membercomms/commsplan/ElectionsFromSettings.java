package org.membercomms.commsplan;

import java.time.Clock;
import java.util.List;

import org.membercomms.postcheck.PostCheckSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the periods of the old {@code membercomms.postcheck.pre-election-periods}
 * setting in as whole-council elections, once (ADR 26). Once it has run, a restart, or an
 * edit or deletion of a copied election, never brings the setting's periods back.
 */
@Component
@Order(30)
class ElectionsFromSettings implements ApplicationRunner {

	private final PostCheckSettings settings;

	private final ElectionRepository repository;

	private final Elections elections;

	private final Clock clock;

	ElectionsFromSettings(PostCheckSettings settings, ElectionRepository repository, Elections elections, Clock clock) {
		this.settings = settings;
		this.repository = repository;
		this.elections = elections;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		migrate();
	}

	/**
	 * Copies the setting's periods in, unless that was done before.
	 * @return how many elections were entered (none when the migration had already run)
	 */
	@Transactional
	public int migrate() {
		List<PostCheckSettings.Period> periods = this.settings.preElectionPeriods();
		if (periods.isEmpty() || !this.repository.markSettingsMigrated(this.clock.instant(), periods.size())) {
			return 0;
		}
		for (PostCheckSettings.Period period : periods) {
			this.elections.enter(new ElectionDetails(period.end(), period.start(), ElectionKind.SCHEDULED, List.of()),
					"created from the pre-election-periods setting");
		}
		return periods.size();
	}

}
