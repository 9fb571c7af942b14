package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.membercomms.MemberCommsApplication;
import org.membercomms.TestMail;
import org.membercomms.members.Committee;
import org.membercomms.members.MemberDetails;
import org.membercomms.members.Members;
import org.membercomms.system.CouncilTime;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A reminder queued in the outbox, then the application stops before sending it: the next
 * run of the application, on the same database, sends it exactly once and queues it no
 * second time.
 */
class RemindersRestartTest {

	static final TrainingTestConfiguration.MovableClock CLOCK = new TrainingTestConfiguration.MovableClock(
			CouncilTime.ZONE);

	@TempDir
	Path dataDir;

	GreenMail mail;

	@BeforeEach
	void startMailServer() {
		this.mail = new GreenMail(TestMail.smtp());
		this.mail.start();
		CLOCK.moveTo(LocalDate.of(2027, 2, 1));
	}

	@AfterEach
	void stopMailServer() {
		this.mail.stop();
		CLOCK.reset();
	}

	@Test
	void aReminderQueuedBeforeARestartArrivesOnceAfterIt() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(Members.class)
				.enrol(new MemberDetails("Cllr Thaddeus Moorcroft", "thaddeus.moorcroft@example.org", "Central", null,
						false, EnumSet.noneOf(Committee.class), List.of(), LocalDate.of(2023, 5, 8), null));
			assertThat(first.getBean(Reminders.class).send()).isPositive();
			assertThat(outboxStatusIn(first)).containsExactly("PENDING");
		}
		assertThat(toThaddeus()).as("the first run stopped before sending").isEmpty();

		try (ConfigurableApplicationContext second = start()) {
			assertThat(outboxStatusIn(second)).containsExactly("PENDING");
			sendDue(second);
			assertThat(second.getBean(Reminders.class).send()).as("nothing owed twice").isZero();
			sendDue(second);
			assertThat(outboxStatusIn(second)).containsExactly("SENT");
		}
		assertThat(toThaddeus()).singleElement()
			.satisfies(message -> assertThat(TestMail.subject(message))
				.isEqualTo("You need to complete " + DemoTraining.COURSE));
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MemberCommsApplication.class, FixedClock.class).profiles("test", "demo")
			.run("--membercomms.data-dir=" + this.dataDir, "--membercomms.embedded-database.ephemeral=false",
					"--server.port=0");
	}

	private static void sendDue(ConfigurableApplicationContext context) {
		ReflectionTestUtils.invokeMethod(context.getBean("emailSender"), "sendDue");
	}

	private static List<String> outboxStatusIn(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select status from email_outbox where recipient = 'thaddeus.moorcroft@example.org'")
			.query(String.class)
			.list();
	}

	private List<MimeMessage> toThaddeus() {
		return Arrays.stream(this.mail.getReceivedMessages())
			.filter(message -> TestMail.recipient(message).equals("thaddeus.moorcroft@example.org"))
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		TrainingTestConfiguration.MovableClock restartClock() {
			return CLOCK;
		}

	}

}
