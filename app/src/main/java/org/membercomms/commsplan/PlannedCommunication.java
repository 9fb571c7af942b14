package org.membercomms.commsplan;

import java.time.LocalDate;

/**
 * One plan item, past the idea stage, counted under one priority it serves.
 *
 * @param priority the priority
 * @param publishOn the day it is planned to go out, in the council's time
 * @param status where the item stands
 */
record PlannedCommunication(PriorityId priority, LocalDate publishOn, PlanItemStatus status) {

	boolean published() {
		return this.status == PlanItemStatus.PUBLISHED || this.status == PlanItemStatus.EVALUATED;
	}

}
