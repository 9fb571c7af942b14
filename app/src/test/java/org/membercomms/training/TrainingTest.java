package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.members.Committee;
import org.membercomms.members.MemberDetails;
import org.membercomms.members.MemberFacts;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.protocol.Policies;
import org.membercomms.protocol.PolicyDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training against the embedded PostgreSQL: assignment following the directory, every
 * status as the clock moves, the waiting list, the quiz, invitations, the directory's
 * facts and who may do what.
 */
@MemberCommsTest
@Import(TrainingTestConfiguration.class)
@RecordApplicationEvents
class TrainingTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	Requirements requirements;

	@Autowired
	Assignments assignments;

	@Autowired
	TrainingRecords records;

	@Autowired
	Completions completions;

	@Autowired
	StatusWatch statusWatch;

	@Autowired
	Sessions sessions;

	@Autowired
	ELearning eLearning;

	@Autowired
	Members members;

	@Autowired
	Policies policies;

	@Autowired
	List<MemberFacts> facts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingTestConfiguration.MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void assignsTheAnnualCourseToEveryServingMemberTwoMonthsAfterAssignment() {
		Requirement course = course(DemoTraining.COURSE);
		List<TrainingRecord> records = this.records.all()
			.stream()
			.filter(record -> record.requirement().equals(course))
			.toList();
		assertThat(records).extracting(record -> record.member().name())
			.contains("Cllr Rowan Fenwick", "Cllr Imogen Thackeray", "Cllr Nadia Kellaway");
		TrainingRecord rowan = records.stream()
			.filter(record -> record.member().name().equals("Cllr Imogen Thackeray"))
			.findFirst()
			.orElseThrow();
		assertThat(rowan.dueOn()).isEqualTo(rowan.assignedOn().plusMonths(2));
	}

	@Test
	void aNewlyElectedMemberIsDueOneMonthAfterTakingOfficeAndTheAssignmentIsAudited() {
		LocalDate today = LocalDate.of(2027, 5, 12);
		this.clock.moveTo(today);
		MemberId newcomer = enrol("Cllr Petra Lindqvist", "petra.lindqvist", LocalDate.of(2027, 5, 10),
				EnumSet.noneOf(Committee.class));
		this.assignments.reconcile();
		TrainingRecord record = recordOf(newcomer, DemoTraining.COURSE);
		assertThat(record.assignedOn()).isEqualTo(today);
		assertThat(record.dueOn()).isEqualTo(LocalDate.of(2027, 6, 10));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where record_type = :type and record_id like :id")
			.param("type", Assignments.ASSIGNMENT)
			.param("id", "%/" + newcomer)
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.assignments.reconcile();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where record_type = :type and record_id like :id")
			.param("type", Assignments.ASSIGNMENT)
			.param("id", "%/" + newcomer)
			.query(Integer.class)
			.single()).as("reconciling again changes nothing").isEqualTo(1);
	}

	@Test
	void aCommitteeSeatAssignsItsCourseAndLeavingTheCommitteeRemovesIt() {
		MemberId member = enrol("Cllr Bartholomew Nkemelu", "bartholomew.nkemelu", LocalDate.of(2023, 5, 8),
				EnumSet.noneOf(Committee.class));
		this.assignments.reconcile();
		assertThat(coursesOf(member)).containsExactly(DemoTraining.COURSE);
		MemberDetails details = this.members.get(member).details();
		this.members.update(member, withCommittees(details, EnumSet.of(Committee.LICENSING)));
		this.assignments.reconcile();
		assertThat(coursesOf(member)).containsExactlyInAnyOrder(DemoTraining.COURSE,
				DemoTraining.QUASI_JUDICIAL_COURSE);
		this.members.update(member, withCommittees(details, EnumSet.noneOf(Committee.class)));
		this.assignments.reconcile();
		assertThat(coursesOf(member)).containsExactly(DemoTraining.COURSE);
		assertThat(this.jdbc.sql("select count(*) from training_assignment where member_id = :member")
			.param("member", member.value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void movesThroughEveryStatusAsTimePassesAndTellsEachChangeOnce() {
		LocalDate start = LocalDate.of(2027, 1, 4);
		this.clock.moveTo(start);
		MemberId member = enrol("Cllr Saffron Achterberg", "saffron.achterberg", LocalDate.of(2023, 5, 8),
				EnumSet.of(Committee.PLANNING));
		this.statusWatch.watch();
		RequirementId planning = course(DemoTraining.QUASI_JUDICIAL_COURSE).id();
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.NOT_STARTED);
		assertThat(recordOf(member, DemoTraining.QUASI_JUDICIAL_COURSE).dueOn()).isEqualTo(LocalDate.of(2027, 3, 4));

		UUID session = schedule(planning, LocalDate.of(2027, 2, 10), 10);
		this.sessions.book(session, member);
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.BOOKED);
		this.sessions.cancel(session, member);

		this.clock.moveTo(LocalDate.of(2027, 3, 5));
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.OVERDUE);
		assertThat(factsAbout(member)).anyMatch(
				fact -> fact.label().equals("Planning Committee") && fact.value().startsWith("Not eligible to sit"));
		List<TrainingStatusChanged> changes = changesFor(member, planning);
		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(TrainingStatus.NOT_STARTED);
			assertThat(change.to()).isEqualTo(TrainingStatus.OVERDUE);
			assertThat(change.becameLate()).isTrue();
		});
		assertThat(changesFor(member, planning)).as("told once").isEmpty();
		assertThat(this.jdbc.sql("""
				select recipient from training_reminder
				where member_id = :member and requirement_id = :requirement and kind = :kind""")
			.param("member", member.value())
			.param("requirement", planning.value())
			.param("kind", Escalations.TOLD)
			.query(String.class)
			.list()).as("Democratic Services heard it: the Member has no group")
			.containsExactly("democratic.services@example.org");

		this.clock.moveTo(LocalDate.of(2027, 3, 9));
		this.completions.record(member, planning, LocalDate.of(2027, 3, 8), CompletionMethod.RECORDED,
				"Attended the LGA's planning course");
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(factsAbout(member)).noneMatch(fact -> fact.value().startsWith("Not eligible to sit"));
		assertThat(changesFor(member, planning)).extracting(TrainingStatusChanged::to)
			.containsExactly(TrainingStatus.COMPLETED);

		this.clock.moveTo(LocalDate.of(2028, 1, 7));
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.COMPLETED);
		this.clock.moveTo(LocalDate.of(2028, 1, 8));
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.DUE);
		assertThat(changesFor(member, planning)).extracting(TrainingStatusChanged::to)
			.containsExactly(TrainingStatus.DUE);

		this.clock.moveTo(LocalDate.of(2028, 3, 9));
		assertThat(statusOf(member, DemoTraining.QUASI_JUDICIAL_COURSE)).isEqualTo(TrainingStatus.EXPIRED);
		assertThat(factsAbout(member)).anyMatch(fact -> fact.value().startsWith("Not eligible to sit"));
		assertThat(changesFor(member, planning)).singleElement()
			.satisfies(change -> assertThat(change.becameLate()).isTrue());

		Completion history = recordOf(member, DemoTraining.QUASI_JUDICIAL_COURSE).latest();
		assertThat(history.method()).isEqualTo(CompletionMethod.RECORDED);
		assertThat(history.recordedBy()).isEqualTo("system");
		assertThat(history.validUntil()).isEqualTo(LocalDate.of(2028, 3, 8));
		assertThat(this.events.stream(TrainingStatusChanged.class)
			.filter(change -> change.member().equals(member) && change.requirement().equals(planning)))
			.as("each change is published for the reminders to hear")
			.extracting(TrainingStatusChanged::to)
			.containsExactly(TrainingStatus.NOT_STARTED, TrainingStatus.OVERDUE, TrainingStatus.COMPLETED,
					TrainingStatus.DUE, TrainingStatus.EXPIRED);
	}

	@Test
	void theWaitingListMovesUpWhenSomeoneCancels() {
		this.clock.moveTo(LocalDate.of(2027, 2, 1));
		MemberId first = enrol("Cllr Ottilie Marchbanks", "ottilie.marchbanks", null, Set.of());
		MemberId second = enrol("Cllr Caspian Oduya", "caspian.oduya", null, Set.of());
		UUID session = schedule(course(DemoTraining.COURSE).id(), LocalDate.of(2027, 2, 20), 1);
		assertThat(this.sessions.book(session, first).booked()).isTrue();
		assertThat(this.sessions.book(session, second).waiting()).isTrue();
		assertThat(this.sessions.cancel(session, first)).contains(second);
		TrainingSession after = this.sessions.session(session);
		assertThat(after.booked()).extracting(SessionPlace::member).containsExactly(second);
		assertThat(after.waitingList()).isEmpty();
		assertThat(statusOf(second, DemoTraining.COURSE)).isEqualTo(TrainingStatus.BOOKED);
	}

	@Test
	void twoMembersAskingForTheLastPlaceAtOnceGetOnePlaceAndOneWaitingListEntry() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 2, 1));
		MemberId first = enrol("Cllr Rosalind Ferreira", "rosalind.ferreira", null, Set.of());
		MemberId second = enrol("Cllr Thaddeus Marlowe", "thaddeus.marlowe", null, Set.of());
		UUID session = schedule(course(DemoTraining.COURSE).id(), LocalDate.of(2027, 2, 21), 1);
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var one = pool.submit(() -> {
				start.await();
				return this.sessions.book(session, first);
			});
			var two = pool.submit(() -> {
				start.await();
				return this.sessions.book(session, second);
			});
			start.countDown();
			assertThat(List.of(one.get().state(), two.get().state())).containsExactlyInAnyOrder(BookingState.BOOKED,
					BookingState.WAITING);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.sessions.session(session).booked()).hasSize(1);
	}

	@Test
	void attendanceOnTheDayRecordsACompletionDatedThatDay() {
		LocalDate day = LocalDate.of(2027, 2, 22);
		this.clock.setTo(day, LocalTime.of(9, 0));
		MemberId member = enrol("Cllr Linnea Featherstonehaugh", "linnea.f", null, Set.of());
		UUID session = schedule(course(DemoTraining.COURSE).id(), day, 5);
		SessionPlace place = this.sessions.book(session, member);
		this.clock.moveTo(day.minusDays(1));
		assertThatThrownBy(
				() -> this.sessions.markAttendance(session, java.util.Map.of(place.id(), true), "democratic", true))
			.isInstanceOf(SessionClosed.class);
		this.clock.setTo(day, LocalTime.of(20, 0));
		assertThatThrownBy(
				() -> this.sessions.markAttendance(session, java.util.Map.of(place.id(), true), "someone-else", false))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		this.sessions.markAttendance(session, java.util.Map.of(place.id(), true), "democratic", false);
		this.sessions.markAttendance(session, java.util.Map.of(place.id(), true), "democratic", false);
		TrainingRecord record = recordOf(member, DemoTraining.COURSE);
		assertThat(record.status()).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(record.completions()).singleElement().satisfies(completion -> {
			assertThat(completion.completedOn()).isEqualTo(day);
			assertThat(completion.method()).isEqualTo(CompletionMethod.SESSION);
		});
	}

	@Test
	void aPassingQuizCompletesTheELearningCourseAndAFailingOneDoesNot() {
		MemberId member = enrol("Cllr Wilhelmina Osei", "wilhelmina.osei", null, EnumSet.of(Committee.PLANNING));
		UUID failing = this.eLearning.start(member);
		QuizAttempt failed = this.eLearning.submit(failing, member,
				wrongAnswers(this.eLearning.attempt(failing, member)));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.score()).isZero();
		assertThat(recordOf(member, DemoTraining.COURSE).completions()).isEmpty();

		UUID passing = this.eLearning.start(member);
		QuizAttempt attempt = this.eLearning.attempt(passing, member);
		List<Integer> answers = new java.util.ArrayList<>(
				attempt.questions().stream().map(QuizQuestion::correct).toList());
		answers.set(0, 1 - answers.get(0) < 0 ? 1 : (answers.get(0) == 0 ? 1 : 0));
		assertThat(this.eLearning.submit(passing, member, answers).passed()).as("9 out of 10 is 90%").isTrue();
		assertThat(recordOf(member, DemoTraining.COURSE).status()).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(recordOf(member, DemoTraining.COURSE).latest().method()).isEqualTo(CompletionMethod.E_LEARNING);
		assertThat(recordOf(member, DemoTraining.QUASI_JUDICIAL_COURSE).completions())
			.as("the committee course is not an e-learning one")
			.isEmpty();
		assertThat(this.eLearning.submit(passing, member, answers).passed()).isTrue();
		assertThat(recordOf(member, DemoTraining.COURSE).completions()).as("marked once").hasSize(1);
	}

	@Test
	void thePassMarkIsEightyPercent() {
		assertThat(QuizAttempt.passes(8, 10, 80)).isTrue();
		assertThat(QuizAttempt.passes(7, 10, 80)).isFalse();
		assertThat(QuizAttempt.passes(10, 10, 80)).isTrue();
	}

	@Test
	void theBankHasThirtyQuestionsThatEachLinkToASectionOfTheProtocolInForce() {
		List<String> sections = this.policies.inForce(PolicyDocument.PROTOCOL)
			.orElseThrow()
			.contents()
			.stream()
			.map(java.util.Map.Entry::getKey)
			.toList();
		assertThat(QuestionBank.all()).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy(question -> assertThat(sections).contains(question.section()));
		assertThat(ELearningPage.PAGES).allSatisfy(page -> assertThat(sections).contains(page.section()));
		assertThat(QuestionBank.all()).filteredOn(question -> question.correct() == 0).hasSizeGreaterThan(5);
		assertThat(QuestionBank.draw(10, new java.util.Random(1))).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void anInvitationIsAnICalendarEventForTheSession() {
		this.clock.moveTo(LocalDate.of(2027, 2, 1));
		MemberId member = enrol("Cllr Ignatius Farrow", "ignatius.farrow", null, Set.of());
		UUID id = schedule(course(DemoTraining.COURSE).id(), LocalDate.of(2027, 2, 24), 5);
		SessionPlace place = this.sessions.book(id, member);
		String ics = SessionInvitation.of(this.sessions.session(id), place, "Middlesbrough Council",
				Instant.parse("2027-02-01T12:00:00Z"));
		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20270224T180000Z",
				"DTEND:20270224T193000Z", "UID:training-booking-" + place.id(), "LOCATION:Committee Room 1",
				"SUMMARY:" + DemoTraining.COURSE);
	}

	@Test
	void onlyDemocraticServicesDefineRequirementsAndSchedule() throws Exception {
		this.mvc.perform(get("/training/requirements").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/requirements").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/training/sessions").with(user("member").roles("MEMBER"))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/sessions/new").with(user("comms").roles("COMMS_OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/training/report.csv").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get("/training/report.csv").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.startsWith("section,label,complete,total,percent,status\r\noverall,\"All Members\",");
	}

	@Test
	void democraticServicesChangeARequirementAndItsAssignmentsFollowWithTheChangeAudited() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 7, 5));
		MemberId auditor = enrol("Cllr Ottoline Graves", "ottoline.graves", LocalDate.of(2023, 5, 8),
				EnumSet.of(Committee.AUDIT));
		MemberId other = enrol("Cllr Piers Haldane", "piers.haldane", LocalDate.of(2023, 5, 8),
				EnumSet.noneOf(Committee.class));
		RequirementId id = this.requirements.define("Social media for the Audit Committee", false,
				EnumSet.of(Committee.AUDIT), 12, 60, 2, false);
		assertThat(coursesOf(other)).doesNotContain("Social media for the Audit Committee");
		this.mvc.perform(get("/training/requirements/" + id).with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
		assertThat(this.mvc
			.perform(get("/training/requirements/" + id).with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Social media for the Audit Committee", "This cannot change");
		this.mvc
			.perform(post("/training/requirements/" + id).with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("course", "Social media for every Member")
				.param("audience", "all")
				.param("validityMonths", "36")
				.param("windowDays", "30")
				.param("dueAfterMonths", "3")
				.param("eLearning", "yes"))
			.andExpect(status().is3xxRedirection());
		Requirement changed = this.requirements.get(id);
		assertThat(changed.course()).isEqualTo("Social media for every Member");
		assertThat(changed.allMembers()).isTrue();
		assertThat(changed.validityMonths()).as("fixed").isEqualTo(12);
		assertThat(changed.windowDays()).isEqualTo(30);
		assertThat(changed.dueAfterMonths()).isEqualTo(3);
		assertThat(recordOf(other, "Social media for every Member").dueOn()).isEqualTo(LocalDate.of(2027, 10, 5));
		assertThat(recordOf(auditor, "Social media for every Member").dueOn())
			.as("already assigned: keeps its due date")
			.isEqualTo(LocalDate.of(2027, 9, 5));
		assertThat(this.jdbc.sql("select action from audit_entry where record_type = :type and record_id = :id")
			.param("type", Requirements.REQUIREMENT)
			.param("id", id.toString())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("defined", "changed");
		String refused = this.mvc
			.perform(post("/training/requirements/" + id).with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("course", "")
				.param("audience", "committees")
				.param("validityMonths", "12")
				.param("windowDays", "30")
				.param("dueAfterMonths", "3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Enter the course", "Select at least one committee");
		// Other tests here expect only the demo's courses to apply to everyone.
		this.requirements.revise(id, "Social media for the Audit Committee", false, EnumSet.of(Committee.AUDIT), 30, 3,
				false);
		assertThat(coursesOf(other)).doesNotContain("Social media for the Audit Committee");
	}

	@Test
	void theFacilitatorIsChosenFromDemocraticServicesOrIsANamedExternalTrainer() throws Exception {
		assertThat(this.mvc.perform(get("/training/sessions/new").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<option value=\"democratic\"", "Priya Calder (democratic)")
			.doesNotContain("Jordan Ashby");
		assertThat(scheduleAs("comms", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Select a Democratic Services officer from the list");
		scheduleAs("", "Alex Morrow, LGA associate").andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.ResultActions scheduleAs(String facilitator, String externalTrainer)
			throws Exception {
		return this.mvc.perform(post("/training/sessions").with(user("democratic").roles("DEMOCRATIC_SERVICES"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("requirement", course(DemoTraining.COURSE).id().toString())
			.param("date", LocalDate.now(this.clock).plusDays(30).toString())
			.param("startTime", "18:00")
			.param("endTime", "19:30")
			.param("place", "Committee Room 1")
			.param("capacity", "10")
			.param("facilitator", facilitator)
			.param("externalTrainer", externalTrainer));
	}

	@Test
	void aRequirementWithProblemsIsRefusedWithAMessagePerField() throws Exception {
		String page = this.mvc
			.perform(post("/training/requirements").with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("course", "")
				.param("audience", "committees")
				.param("validityMonths", "0")
				.param("windowDays", "60")
				.param("dueAfterMonths", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "Enter the course's title", "Select at least one committee",
				"Enter how many months a completion is valid");
	}

	@Test
	void aCertificateIsOnlyForItsMemberAndTheOfficers() throws Exception {
		MemberId member = enrol("Cllr Araminta Quist", "araminta.quist", null, Set.of());
		Completion completion = this.completions.record(member, course(DemoTraining.COURSE).id(),
				LocalDate.now(this.clock), CompletionMethod.RECORDED, "Paper register");
		this.mvc
			.perform(get("/training/certificates/" + completion.id())
				.with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc
			.perform(get("/training/certificates/" + completion.id() + ".pdf")
				.with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get("/training/certificates/" + completion.id()).with(user("member").roles("MEMBER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void democraticServicesRecordACompletionByHandWithItsHistory() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 4, 1));
		MemberId member = enrol("Cllr Evander Huxtable", "evander.huxtable", null, Set.of());
		String course = course(DemoTraining.COURSE).id().toString();
		String refused = this.mvc
			.perform(post("/training/members/" + member + "/completions")
				.with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("requirement", course)
				.param("completedOn", "2027-04-02")
				.param("reference", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("The date must be today or in the past", "Enter how the Member completed it");
		this.mvc
			.perform(post("/training/members/" + member + "/completions")
				.with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("requirement", course)
				.param("completedOn", "2027-03-30")
				.param("reference", "LGA councillor workshop"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.completions.of(member)).singleElement().satisfies(completion -> {
			assertThat(completion.recordedBy()).isEqualTo("democratic");
			assertThat(completion.method()).isEqualTo(CompletionMethod.RECORDED);
			assertThat(completion.reference()).isEqualTo("LGA councillor workshop");
			assertThat(completion.completedOn()).isEqualTo(LocalDate.of(2027, 3, 30));
		});
		this.mvc
			.perform(post("/training/members/" + member + "/completions").with(user("member").roles("MEMBER"))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/members/" + member).with(user("member").roles("MEMBER")))
			.andExpect(status().isNotFound());
	}

	private List<Integer> wrongAnswers(QuizAttempt attempt) {
		return attempt.questions().stream().map(question -> (question.correct() == 0) ? 1 : 0).toList();
	}

	private List<TrainingStatusChanged> changesFor(MemberId member, RequirementId requirement) {
		return this.statusWatch.watch()
			.stream()
			.filter(change -> change.member().equals(member) && change.requirement().equals(requirement))
			.toList();
	}

	private List<MemberFacts.MemberFact> factsAbout(MemberId member) {
		return this.facts.stream().flatMap(source -> source.about(member).stream()).toList();
	}

	private UUID schedule(RequirementId requirement, LocalDate day, int capacity) {
		var zone = this.clock.getZone();
		return this.sessions.schedule(new SessionDetails(requirement, day.atTime(18, 0).atZone(zone).toInstant(),
				day.atTime(19, 30).atZone(zone).toInstant(), "Committee Room 1, Town Hall", null, capacity,
				"democratic", null));
	}

	private Requirement course(String title) {
		return this.requirements.all()
			.stream()
			.filter(requirement -> requirement.course().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private TrainingRecord recordOf(MemberId member, String course) {
		return this.records.of(member)
			.stream()
			.filter(record -> record.requirement().course().equals(course))
			.findFirst()
			.orElseThrow();
	}

	private TrainingStatus statusOf(MemberId member, String course) {
		return recordOf(member, course).status();
	}

	private List<String> coursesOf(MemberId member) {
		return this.records.of(member).stream().map(record -> record.requirement().course()).toList();
	}

	private MemberId enrol(String name, String email, LocalDate termStarts, Set<Committee> committees) {
		return this.members.enrol(new MemberDetails(name, email + "@example.org", "Central", null, false,
				committees.isEmpty() ? EnumSet.noneOf(Committee.class) : EnumSet.copyOf(committees), List.of(),
				termStarts, null));
	}

	private static MemberDetails withCommittees(MemberDetails details, Set<Committee> committees) {
		return new MemberDetails(details.name(), details.councilEmail(), details.ward(), details.politicalGroup(),
				details.groupLeader(), committees, details.roles(), details.termStarts(), details.termEnds());
	}

}
