package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/**
 * Every status and every transition between them, day by day, with the default rules: a
 * completion valid for 12 months, renewal opening 60 days before it ends; and the first
 * due date.
 */
class TrainingStatusTest {

	private static final Validity YEAR = new Validity(12, 60);

	private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

	private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 3, 10);

	private static final Period MONTH = Period.ofMonths(1);

	private static final Period TWO_MONTHS = Period.ofMonths(2);

	private static TrainingStatus neverCompleted(LocalDate today, boolean booked) {
		return TrainingStatus.on(today, DUE, null, YEAR, booked);
	}

	private static TrainingStatus completed(LocalDate today, boolean booked) {
		return TrainingStatus.on(today, DUE, COMPLETED_ON, YEAR, booked);
	}

	@Test
	void isNotStartedUntilTheDueDateHasPassed() {
		assertThat(neverCompleted(LocalDate.of(2026, 1, 31), false)).isEqualTo(TrainingStatus.NOT_STARTED);
		assertThat(neverCompleted(DUE, false)).isEqualTo(TrainingStatus.NOT_STARTED);
	}

	@Test
	void becomesOverdueTheDayAfterTheDueDate() {
		assertThat(neverCompleted(DUE.plusDays(1), false)).isEqualTo(TrainingStatus.OVERDUE);
		assertThat(neverCompleted(DUE.plusYears(1), false)).isEqualTo(TrainingStatus.OVERDUE);
	}

	@Test
	void isBookedWithAPlaceOnAFutureSessionUntilOverdue() {
		assertThat(neverCompleted(DUE.minusDays(20), true)).isEqualTo(TrainingStatus.BOOKED);
		assertThat(neverCompleted(DUE, true)).isEqualTo(TrainingStatus.BOOKED);
		assertThat(neverCompleted(DUE.plusDays(1), true)).isEqualTo(TrainingStatus.OVERDUE);
	}

	@Test
	void isCompletedUntilTheRenewalWindowOpens() {
		assertThat(completed(COMPLETED_ON, false)).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(completed(LocalDate.of(2027, 1, 8), false)).isEqualTo(TrainingStatus.COMPLETED);
	}

	@Test
	void isDueFromSixtyDaysBeforeExpiryToTheLastValidDay() {
		assertThat(YEAR.windowOpens(COMPLETED_ON)).isEqualTo(LocalDate.of(2027, 1, 9));
		assertThat(completed(LocalDate.of(2027, 1, 9), false)).isEqualTo(TrainingStatus.DUE);
		assertThat(completed(LocalDate.of(2027, 3, 10), false)).isEqualTo(TrainingStatus.DUE);
	}

	@Test
	void expiresTheDayAfterItsLastValidDay() {
		assertThat(YEAR.validUntil(COMPLETED_ON)).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(completed(LocalDate.of(2027, 3, 11), false)).isEqualTo(TrainingStatus.EXPIRED);
		assertThat(completed(LocalDate.of(2030, 1, 1), false)).isEqualTo(TrainingStatus.EXPIRED);
	}

	@Test
	void aBookingNeverHidesCompletedDueOrExpired() {
		assertThat(completed(COMPLETED_ON.plusDays(1), true)).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(completed(LocalDate.of(2027, 2, 1), true)).isEqualTo(TrainingStatus.DUE);
		assertThat(completed(LocalDate.of(2027, 4, 1), true)).isEqualTo(TrainingStatus.EXPIRED);
	}

	@Test
	void aLateCompletionEndsOverdue() {
		LocalDate late = DUE.plusDays(10);
		assertThat(neverCompleted(late, false)).isEqualTo(TrainingStatus.OVERDUE);
		assertThat(TrainingStatus.on(late, DUE, late, YEAR, false)).isEqualTo(TrainingStatus.COMPLETED);
	}

	@Test
	void aRenewalStartsANewPeriodOfValidityFromTheRenewal() {
		LocalDate renewed = LocalDate.of(2027, 2, 1);
		assertThat(TrainingStatus.on(LocalDate.of(2027, 4, 1), DUE, renewed, YEAR, false))
			.isEqualTo(TrainingStatus.COMPLETED);
		assertThat(TrainingStatus.on(LocalDate.of(2028, 2, 2), DUE, renewed, YEAR, false))
			.isEqualTo(TrainingStatus.EXPIRED);
	}

	@Test
	void aRequirementWithNoWindowIsDueOnlyOnItsLastValidDay() {
		Validity noWindow = new Validity(12, 0);
		assertThat(TrainingStatus.on(LocalDate.of(2027, 3, 9), DUE, COMPLETED_ON, noWindow, false))
			.isEqualTo(TrainingStatus.COMPLETED);
		assertThat(TrainingStatus.on(LocalDate.of(2027, 3, 10), DUE, COMPLETED_ON, noWindow, false))
			.isEqualTo(TrainingStatus.DUE);
		assertThat(TrainingStatus.on(LocalDate.of(2027, 3, 11), DUE, COMPLETED_ON, noWindow, false))
			.isEqualTo(TrainingStatus.EXPIRED);
	}

	@Test
	void onlyExpiredAndOverdueBarSitting() {
		assertThat(TrainingStatus.values()).filteredOn(TrainingStatus::barsSitting)
			.containsExactly(TrainingStatus.EXPIRED, TrainingStatus.OVERDUE);
	}

	@Test
	void firstCompletionIsDueOneMonthAfterTakingOfficeForANewlyElectedMember() {
		LocalDate termStarts = LocalDate.of(2027, 5, 10);
		LocalDate due = LocalDate.of(2027, 6, 10);
		assertThat(FirstDue.of(termStarts, termStarts, MONTH, TWO_MONTHS)).isEqualTo(due);
		assertThat(FirstDue.of(termStarts.minusDays(5), termStarts, MONTH, TWO_MONTHS)).isEqualTo(due);
		assertThat(FirstDue.of(termStarts.plusDays(20), termStarts, MONTH, TWO_MONTHS)).isEqualTo(due);
	}

	@Test
	void firstCompletionIsDueTwoMonthsAfterAssignmentForEveryoneElse() {
		LocalDate termStarts = LocalDate.of(2023, 5, 8);
		assertThat(FirstDue.of(LocalDate.of(2026, 11, 28), termStarts, MONTH, TWO_MONTHS))
			.isEqualTo(LocalDate.of(2027, 1, 28));
		assertThat(FirstDue.of(LocalDate.of(2026, 11, 28), null, MONTH, TWO_MONTHS))
			.isEqualTo(LocalDate.of(2027, 1, 28));
	}

}
