package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The rules of a plan item's workflow, without Spring or a database.
 */
class PlanItemTest {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final Instant PUBLISH = NOW.plus(Duration.ofDays(2));

	static PlanItemDetails details(String copy, Set<PriorityId> priorities) {
		return new PlanItemDetails(PlanItemKind.CAMPAIGN, "Summer litter pick", "Volunteers clear the park",
				"Join in; bags provided", copy, priorities, Set.of(PlanChannel.COUNCIL_SOCIAL_MEDIA), "Residents",
				"Jordan Ashby", "Place", PUBLISH, null);
	}

	static PlanItem plannedItem() {
		return PlanItem.create(details("Join the litter pick on Saturday.", Set.of(schools())), true, "comms", NOW);
	}

	static PriorityId schools() {
		return new PriorityId(UUID.fromString("a0000000-0000-4000-8000-0000000001a2"));
	}

	@Test
	void refusesAnItemServingNoPriority() {
		assertThatThrownBy(() -> PlanItem.create(details("Copy", Set.of()), true, "comms", NOW))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("at least one priority");
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		PlanItemDetails details = details("Copy", Set.of(schools()));
		PlanItemDetails backwards = new PlanItemDetails(details.kind(), details.title(), details.summary(),
				details.keyMessages(), details.copy(), details.priorities(), details.channels(), details.audiences(),
				details.owner(), details.directorate(), PUBLISH, PUBLISH.minusSeconds(60));
		assertThatThrownBy(() -> PlanItem.create(backwards, true, "comms", NOW)).isInstanceOf(PlanItemNotAllowed.class);
	}

	@Test
	void movesOnlyAlongItsWorkflow() {
		assertThat(PlanItemStatus.IDEA.next()).containsExactly(PlanItemStatus.PLANNED);
		assertThat(PlanItemStatus.IN_APPROVAL.next()).containsExactlyInAnyOrder(PlanItemStatus.APPROVED,
				PlanItemStatus.PLANNED);
		assertThat(PlanItemStatus.EVALUATED.next()).isEmpty();
		PlanItem idea = PlanItem.create(details("Copy", Set.of(schools())), false, "comms", NOW);
		assertThat(idea.submissionProblems(NOW)).singleElement().asString().contains("Only a planned item");
		assertThatThrownBy(() -> idea.publish(NOW)).isInstanceOf(PlanItemNotAllowed.class);
		idea.plan();
		assertThat(idea.status()).isEqualTo(PlanItemStatus.PLANNED);
		assertThatThrownBy(idea::plan).isInstanceOf(PlanItemNotAllowed.class);
	}

	@Test
	void needsCopyAndAFutureTimeToGoForApproval() {
		PlanItem noCopy = PlanItem.create(details(" ", Set.of(schools())), true, "comms", NOW);
		assertThat(noCopy.submissionProblems(NOW)).singleElement().asString().contains("Enter the copy");
		assertThat(plannedItem().submissionProblems(PUBLISH)).singleElement()
			.asString()
			.contains("scheduled time has passed");
	}

	@Test
	void refusesApprovalByThePersonWhoSubmittedIt() {
		PlanItem item = plannedItem();
		item.submit("comms", NOW, List.of());
		assertThatThrownBy(() -> item.approve("comms", NOW)).isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("You cannot approve an item you sent for approval");
		assertThat(item.status()).isEqualTo(PlanItemStatus.IN_APPROVAL);
		item.approve("comms2", NOW);
		assertThat(item.status()).isEqualTo(PlanItemStatus.APPROVED);
		assertThat(item.approvedBy()).isEqualTo("comms2");
	}

	@Test
	void expiresAnApprovalNotGivenByTheScheduledTime() {
		PlanItem item = plannedItem();
		item.submit("comms", NOW, List.of());
		assertThat(item.expire(PUBLISH.minusSeconds(1))).isFalse();
		assertThat(item.expire(PUBLISH)).isTrue();
		assertThat(item.status()).isEqualTo(PlanItemStatus.PLANNED);
		assertThat(item.statusNote()).contains("approval expired", "was not published");
		assertThatThrownBy(() -> item.approve("comms2", PUBLISH)).isInstanceOf(PlanItemNotAllowed.class);
	}

	@Test
	void refusesALateApproval() {
		PlanItem item = plannedItem();
		item.submit("comms", NOW, List.of());
		assertThatThrownBy(() -> item.approve("monitoring", PUBLISH.plusSeconds(1)))
			.hasMessageContaining("approval has expired");
	}

	@Test
	void publishesAndEvaluatesOnlyAfterApproval() {
		PlanItem item = plannedItem();
		item.submit("comms", NOW, List.of(new CopyFinding("PARTY_POLITICAL", "WARNING", "Names a party", null)));
		assertThatThrownBy(() -> item.edit(details("Changed", Set.of(schools()))))
			.isInstanceOf(PlanItemNotAllowed.class);
		item.approve("monitoring", NOW);
		assertThatThrownBy(() -> item.evaluate("Reached 2,000")).isInstanceOf(PlanItemNotAllowed.class);
		item.publish(PUBLISH);
		assertThatThrownBy(() -> item.evaluate(" ")).hasMessageContaining("Enter the evaluation");
		item.evaluate("Reached 2,000 residents; the video worked best");
		assertThat(item.status()).isEqualTo(PlanItemStatus.EVALUATED);
		assertThat(item.findings()).extracting(CopyFinding::category).containsExactly("PARTY_POLITICAL");
	}

	@Test
	void returnsAnItemToPlannedWithTheReason() {
		PlanItem item = plannedItem();
		item.submit("comms", NOW, List.of());
		item.reject("monitoring", "Check the date");
		assertThat(item.status()).isEqualTo(PlanItemStatus.PLANNED);
		assertThat(item.statusNote()).isEqualTo("Returned by monitoring: Check the date");
	}

}
