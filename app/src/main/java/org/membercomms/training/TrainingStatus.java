package org.membercomms.training;

import java.time.LocalDate;

/**
 * Where a Member stands with one training requirement on a given day. Never stored:
 * always computed from the dates of the assignment, the latest completion and any
 * booking.
 */
public enum TrainingStatus {

	/** A completion is valid and the recertification window has not opened. */
	COMPLETED("Completed", "govuk-tag--green"),

	/** A completion is still valid, but the recertification window is open. */
	DUE("Due for renewal", "govuk-tag--yellow"),

	/** A previous completion has lapsed. */
	EXPIRED("Expired", "govuk-tag--red"),

	/** Never completed, and the first completion's due date has passed. */
	OVERDUE("Overdue", "govuk-tag--red"),

	/** Never completed, not yet overdue, and a place on a future session is booked. */
	BOOKED("Booked", "govuk-tag--blue"),

	/** Never completed, not yet overdue, nothing booked. */
	NOT_STARTED("Not started", "govuk-tag--grey");

	private final String title;

	private final String tagClass;

	TrainingStatus(String title, String tagClass) {
		this.title = title;
		this.tagClass = tagClass;
	}

	public String title() {
		return this.title;
	}

	public String tagClass() {
		return this.tagClass;
	}

	/**
	 * @return whether a Member in this state may not sit on a quasi-judicial committee
	 */
	public boolean barsSitting() {
		return this == EXPIRED || this == OVERDUE;
	}

	/**
	 * The status on a day.
	 * @param today the day, in council time
	 * @param dueOn when the first completion is due (the last day it is on time)
	 * @param lastCompletedOn the day of the latest completion, or {@code null} if none
	 * @param validity how long a completion lasts and when the window opens
	 * @param bookedAhead whether the Member holds a place on a session that has not
	 * started yet
	 * @return the status
	 */
	static TrainingStatus on(LocalDate today, LocalDate dueOn, LocalDate lastCompletedOn, Validity validity,
			boolean bookedAhead) {
		if (lastCompletedOn != null) {
			if (today.isAfter(validity.validUntil(lastCompletedOn))) {
				return EXPIRED;
			}
			if (!today.isBefore(validity.windowOpens(lastCompletedOn))) {
				return DUE;
			}
			return COMPLETED;
		}
		if (today.isAfter(dueOn)) {
			return OVERDUE;
		}
		return bookedAhead ? BOOKED : NOT_STARTED;
	}

}
