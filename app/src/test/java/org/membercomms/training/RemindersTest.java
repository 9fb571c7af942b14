package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.TestMail;
import org.membercomms.members.Committee;
import org.membercomms.members.MemberDetails;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Reminders and escalation as the clock moves day by day, each email sent through the
 * outbox to a real SMTP server (GreenMail), once each, also while the server is down for
 * a while.
 */
@MemberCommsTest
@Import(TrainingTestConfiguration.class)
class RemindersTest {

	static final String DEMOCRATIC_SERVICES = "democratic.services@example.org";

	@Autowired
	Reminders reminders;

	@Autowired
	Requirements requirements;

	@Autowired
	Assignments assignments;

	@Autowired
	TrainingRecords records;

	@Autowired
	Completions completions;

	@Autowired
	Members members;

	@Autowired
	Sessions sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TrainingTestConfiguration.MovableClock clock;

	GreenMail mail;

	MemberId osric;

	/** The Message-IDs of the emails already counted: GreenMail lists them by mailbox. */
	final Set<String> seen = new HashSet<>();

	@BeforeEach
	void startMailServer() {
		this.mail = new GreenMail(TestMail.smtp());
		this.mail.start();
	}

	@AfterEach
	void stopMailServerAndResetClock() {
		this.mail.stop();
		this.clock.reset();
	}

	@Test
	void remindsAMemberWhoNeverCompletedThenTheirLeaderOnceThenMonthlyThenForRenewal() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 1, 4));
		enrol("Cllr Wilhelmina Brack", "wilhelmina.brack", "Harbourside Independents", true);
		MemberId member = enrol("Cllr Osric Penhallow", "osric.penhallow", "Harbourside Independents", false);
		this.osric = member;
		String course = DemoTraining.COURSE;
		List<String> statuses = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2027, 1, 4); day.isBefore(LocalDate.of(2027, 4, 10)); day = day.plusDays(1)) {
			runOn(day, member, statuses, emails);
		}
		assertThat(statuses).containsExactly("2027-01-04 NOT_STARTED", "2027-03-05 OVERDUE");
		assertThat(emails).containsExactly("2027-01-04 osric.penhallow: You need to complete " + course,
				"2027-02-18 osric.penhallow: " + course + " is due in 14 days",
				"2027-03-04 osric.penhallow: " + course + " is due today",
				"2027-03-05 wilhelmina.brack: Cllr Osric Penhallow: " + course + " is overdue",
				"2027-03-11 osric.penhallow: " + course + " is overdue",
				"2027-03-18 osric.penhallow: " + course + " is overdue",
				"2027-03-25 osric.penhallow: " + course + " is overdue",
				"2027-04-01 osric.penhallow: " + course + " is overdue",
				"2027-04-01 wilhelmina.brack: Training still outstanding: April 2027 (1)",
				"2027-04-08 osric.penhallow: " + course + " is overdue");
		assertThat(body(received("wilhelmina.brack", "Training still outstanding"))).contains("Cllr Osric Penhallow",
				"Overdue: was due by 4 March 2027");

		statuses.clear();
		emails.clear();
		this.clock.moveTo(LocalDate.of(2027, 4, 10));
		this.completions.record(member, TrainingTestConfiguration.annualCourse(this.requirements),
				LocalDate.of(2027, 4, 10), CompletionMethod.RECORDED, "Attended the LGA's workshop");
		for (LocalDate day = LocalDate.of(2027, 4, 10); day
			.isBefore(LocalDate.of(2028, 5, 2)); day = day.plusDays(quiet(day) ? 7 : 1)) {
			runOn(day, member, statuses, emails);
		}
		assertThat(statuses).containsExactly("2027-04-10 COMPLETED", "2028-02-10 DUE", "2028-04-11 EXPIRED");
		assertThat(emails).containsExactly("2028-02-10 osric.penhallow: It is time to renew " + course,
				"2028-03-28 osric.penhallow: " + course + " expires in 14 days",
				"2028-04-11 osric.penhallow: " + course + " has expired",
				"2028-04-11 wilhelmina.brack: Cllr Osric Penhallow: " + course + " is expired",
				"2028-04-18 osric.penhallow: " + course + " is still expired",
				"2028-04-25 osric.penhallow: " + course + " is still expired",
				"2028-05-01 wilhelmina.brack: Training still outstanding: May 2028 (1)");
		assertThat(this.mail.getReceivedMessages()).extracting(message -> message.getHeader("Message-ID")[0])
			.doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(id).matches("<outbox-[0-9a-f-]{36}@example\\.org>"));
	}

	@Test
	void tellsDemocraticServicesWhenTheLateMemberHasNoGroupOrLeadsIt() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 6, 7));
		MemberId independent = enrol("Cllr Lysander Quaife", "lysander.quaife", null, false);
		MemberId leads = enrol("Cllr Marigold Strand", "marigold.strand", "Tees Valley Greens", true);
		LocalDate overdue = recordOf(independent).dueOn().plusDays(1);
		assertThat(recordOf(leads).dueOn().plusDays(1)).isEqualTo(overdue);
		List<String> emails = new ArrayList<>();
		for (LocalDate day = overdue.minusDays(1); !day.isAfter(overdue.plusDays(2)); day = day.plusDays(1)) {
			runOn(day, independent, new ArrayList<>(), emails);
		}
		List<String> toDemocraticServices = Arrays.stream(this.mail.getReceivedMessages())
			.filter(message -> TestMail.recipient(message).equals(DEMOCRATIC_SERVICES))
			.map(TestMail::subject)
			.filter(subject -> subject.startsWith("Cllr Lysander Quaife") || subject.startsWith("Cllr Marigold Strand"))
			.toList();
		assertThat(toDemocraticServices)
			.as(Arrays.stream(this.mail.getReceivedMessages())
				.map(message -> TestMail.recipient(message) + " " + TestMail.subject(message))
				.toList()
				.toString())
			.containsExactlyInAnyOrder("Cllr Lysander Quaife: " + DemoTraining.COURSE + " is overdue",
					"Cllr Marigold Strand: " + DemoTraining.COURSE + " is overdue");
		assertThat(emails).contains(overdue + " " + DEMOCRATIC_SERVICES.replace("@example.org", "") + ": "
				+ "Cllr Lysander Quaife: " + DemoTraining.COURSE + " is overdue");
	}

	@Test
	void everyEmailArrivesOnceWhenTheMailServerIsDownForAWhile() throws Exception {
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(9, 0));
		MemberId member = enrol("Cllr Peregrine Ashdown", "peregrine.ashdown", null, false);
		this.mail.stop();
		assertThat(this.reminders.send()).isPositive();
		assertThat(sendDue()).as("the mail server is down").isZero();
		assertThat(outboxRowFor("peregrine.ashdown")).containsExactly("PENDING", "1");
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(9, 0, 30));
		assertThat(sendDue()).isZero();
		assertThat(outboxRowFor("peregrine.ashdown")).as("not tried again before its wait is over")
			.containsExactly("PENDING", "1");
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(9, 1, 1));
		assertThat(sendDue()).isZero();
		assertThat(outboxRowFor("peregrine.ashdown")).as("tried again after a minute, then waits two")
			.containsExactly("PENDING", "2");
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(9, 2, 30));
		sendDue();
		assertThat(outboxRowFor("peregrine.ashdown")).containsExactly("PENDING", "2");

		this.mail = new GreenMail(TestMail.smtp());
		this.mail.start();
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(9, 3, 2));
		assertThat(sendDue()).isPositive();
		assertThat(this.reminders.send()).as("already queued today").isZero();
		this.clock.setTo(LocalDate.of(2027, 9, 6), LocalTime.of(18, 0));
		sendDue();
		assertThat(received("peregrine.ashdown", "")).singleElement()
			.satisfies(message -> assertThat(TestMail.subject(message))
				.isEqualTo("You need to complete " + DemoTraining.COURSE));
		assertThat(outboxRowFor("peregrine.ashdown")).containsExactly("SENT", "3");
		assertThat(recordOf(member).status()).isEqualTo(TrainingStatus.NOT_STARTED);
	}

	@Test
	void twoInstancesRunningTheJobAtOnceQueueEachReminderOnce() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 11, 1));
		enrol("Cllr Rosalind Featherstone", "rosalind.featherstone", null, false);
		this.clock.moveTo(LocalDate.of(2027, 12, 18));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(instances.submit(() -> {
				start.await();
				return this.reminders.send();
			}), instances.submit(() -> {
				start.await();
				return this.reminders.send();
			}));
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			instances.shutdown();
		}
		assertThat(this.jdbc.sql("select subject from email_outbox where recipient = :to")
			.param("to", "rosalind.featherstone@example.org")
			.query(String.class)
			.list()).containsExactly(DemoTraining.COURSE + " is due in 14 days");
	}

	/** Steps over the months when nothing is owed, a week at a time. */
	@Test
	void remindsABookedMemberOfTheirSessionInsteadOfAskingThemToBook() throws Exception {
		this.clock.moveTo(LocalDate.of(2027, 1, 4));
		MemberId booked = enrol("Cllr Perpetua Vane", "perpetua.vane", null, false);
		MemberId unbooked = enrol("Cllr Barnaby Quill", "barnaby.quill", null, false);
		assertThat(recordOf(booked).dueOn()).isEqualTo(LocalDate.of(2027, 3, 4));
		var zone = this.clock.getZone();
		UUID session = this.sessions
			.schedule(new SessionDetails(TrainingTestConfiguration.annualCourse(this.requirements),
					LocalDate.of(2027, 2, 25).atTime(18, 0).atZone(zone).toInstant(),
					LocalDate.of(2027, 2, 25).atTime(19, 30).atZone(zone).toInstant(), "Committee Room 1, Town Hall",
					null, 10, "democratic", null));
		assertThat(this.sessions.book(session, booked).booked()).isTrue();

		this.clock.moveTo(LocalDate.of(2027, 2, 18));
		this.reminders.send();
		sendDue();

		String bookedBody = body(received("perpetua.vane", DemoTraining.COURSE + " is due in 14 days"));
		assertThat(bookedBody)
			.contains("You are booked on a session on", "25 February 2027", "Committee Room 1, Town Hall",
					"Attending it completes this training", "cancel your place")
			.doesNotContain("or book a place on a session");
		String unbookedBody = body(received("barnaby.quill", DemoTraining.COURSE + " is due in 14 days"));
		assertThat(unbookedBody).contains("or book a place on a session").doesNotContain("You are booked");
	}

	private static boolean quiet(LocalDate day) {
		return day.isAfter(LocalDate.of(2027, 4, 20)) && day.isBefore(LocalDate.of(2028, 1, 31));
	}

	private void runOn(LocalDate day, MemberId member, List<String> statuses, List<String> emails)
			throws MessagingException {
		this.clock.moveTo(day);
		this.reminders.send();
		sendDue();
		TrainingStatus status = recordOf(member).status();
		String last = statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1);
		if (!last.endsWith(" " + status.name())) {
			statuses.add(day + " " + status.name());
		}
		List<String> today = new ArrayList<>();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			if (!this.seen.add(message.getHeader("Message-ID")[0])) {
				continue;
			}
			String to = TestMail.recipient(message);
			if (to.startsWith(member.equals(this.osric) ? "osric.penhallow" : "lysander.quaife")
					|| to.startsWith("wilhelmina.brack") || to.equals(DEMOCRATIC_SERVICES)) {
				String subject = TestMail.subject(message);
				boolean aboutOwnTraining = to.startsWith("wilhelmina.brack") && subject.contains(DemoTraining.COURSE)
						&& !subject.startsWith("Cllr ");
				if (!aboutOwnTraining && (!to.equals(DEMOCRATIC_SERVICES) || subject.startsWith("Cllr Lysander"))) {
					today.add(day + " " + to.replace("@example.org", "") + ": " + subject);
				}
			}
		}
		emails.addAll(today.stream().sorted().toList());
	}

	private int sendDue() {
		Integer sent = ReflectionTestUtils.invokeMethod(this.context.getBean("emailSender"), "sendDue");
		return (sent != null) ? sent : 0;
	}

	private List<String> outboxRowFor(String who) {
		return this.jdbc.sql("select status, attempts from email_outbox where recipient = :to")
			.param("to", who + "@example.org")
			.query((rs, row) -> List.of(rs.getString("status"), String.valueOf(rs.getInt("attempts"))))
			.single();
	}

	private List<MimeMessage> received(String who, String subjectStart) {
		return Arrays.stream(this.mail.getReceivedMessages())
			.filter(message -> TestMail.recipient(message).equals(who + "@example.org"))
			.filter(message -> TestMail.subject(message).startsWith(subjectStart))
			.toList();
	}

	private static String body(List<MimeMessage> messages) throws Exception {
		assertThat(messages).hasSize(1);
		return com.icegreen.greenmail.util.GreenMailUtil.getBody(messages.get(0)).replace("=\r\n", "");
	}

	private TrainingRecord recordOf(MemberId member) {
		return this.records.of(member)
			.stream()
			.filter(record -> record.requirement().course().equals(DemoTraining.COURSE))
			.findFirst()
			.orElseThrow();
	}

	private MemberId enrol(String name, String email, String group, boolean leader) {
		MemberId member = this.members.enrol(new MemberDetails(name, email + "@example.org", "Central", group, leader,
				EnumSet.noneOf(Committee.class), List.of(), LocalDate.of(2023, 5, 8), null));
		this.assignments.reconcile();
		return member;
	}

}
