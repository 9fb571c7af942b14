package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.members.Committee;
import org.membercomms.members.MemberDetails;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee report from the database: a political group of six Members with a known
 * mix of statuses, built by moving the clock, gives the expected figures on the page, in
 * the CSV and in the late list.
 */
@MemberCommsTest
@Import(TrainingTestConfiguration.class)
class TrainingReportFiguresTest {

	static final String GROUP = "Saltburn Coastal Alliance";

	@Autowired
	Requirements requirements;

	@Autowired
	Assignments assignments;

	@Autowired
	TrainingRecords records;

	@Autowired
	Completions completions;

	@Autowired
	TrainingReports reports;

	@Autowired
	Sessions sessions;

	@Autowired
	Members members;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingTestConfiguration.MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theReportCountsAKnownMixOfStatusesAndTheCsvHasTheSameNumbers() throws Exception {
		this.clock.moveTo(LocalDate.of(2026, 1, 5));
		MemberId completed = enrol("Cllr Agatha Rowntree", "agatha.rowntree");
		MemberId overdue = enrol("Cllr Barnaby Whitlock", "barnaby.whitlock");
		MemberId expired = enrol("Cllr Clemency Ashworth", "clemency.ashworth");
		MemberId due = enrol("Cllr Dorian Kettlewell", "dorian.kettlewell");
		this.assignments.reconcile();
		complete(expired, LocalDate.of(2026, 1, 10));
		complete(due, LocalDate.of(2026, 6, 1));
		this.clock.moveTo(LocalDate.of(2027, 4, 15));
		MemberId notStarted = enrol("Cllr Eudora Pickering", "eudora.pickering");
		MemberId booked = enrol("Cllr Fabian Oddie", "fabian.oddie");
		this.assignments.reconcile();
		complete(completed, LocalDate.of(2027, 4, 15));
		var zone = this.clock.getZone();
		LocalDate sessionDay = LocalDate.of(2027, 5, 20);
		this.sessions
			.book(this.sessions.schedule(new SessionDetails(TrainingTestConfiguration.annualCourse(this.requirements),
					sessionDay.atTime(18, 0).atZone(zone).toInstant(),
					sessionDay.atTime(19, 30).atZone(zone).toInstant(), "Committee Room 4, Town Hall", null, 10,
					"democratic", null)), booked);

		this.clock.moveTo(LocalDate.of(2027, 5, 1));
		Map<MemberId, TrainingStatus> statuses = List.of(completed, overdue, expired, due, notStarted, booked)
			.stream()
			.collect(Collectors.toMap(member -> member, this::statusOf));
		assertThat(statuses).containsEntry(completed, TrainingStatus.COMPLETED)
			.containsEntry(overdue, TrainingStatus.OVERDUE)
			.containsEntry(expired, TrainingStatus.EXPIRED)
			.containsEntry(due, TrainingStatus.DUE)
			.containsEntry(notStarted, TrainingStatus.NOT_STARTED)
			.containsEntry(booked, TrainingStatus.BOOKED);

		TrainingReport report = this.reports.report();
		assertThat(report.byGroup()).contains(new TrainingReport.Rate(GROUP, 2, 6));
		assertThat(report.late()).filteredOn(line -> GROUP.equals(line.group()))
			.extracting(TrainingReport.Line::member, TrainingReport.Line::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cllr Barnaby Whitlock", TrainingStatus.OVERDUE),
					org.assertj.core.groups.Tuple.tuple("Cllr Clemency Ashworth", TrainingStatus.EXPIRED));
		assertThat(report.overall().complete()).isLessThanOrEqualTo(report.overall().total());

		String csv = this.mvc.perform(get("/training/report.csv").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).contains("political group,\"" + GROUP + "\",2,6,33,",
				"late,\"Cllr Barnaby Whitlock – " + DemoTraining.COURSE + "\",,,,OVERDUE",
				"late,\"Cllr Clemency Ashworth – " + DemoTraining.COURSE + "\",,,,EXPIRED",
				"overall,\"All Members\"," + report.overall().complete() + "," + report.overall().total() + ","
						+ report.overall().percent() + ",");
		String page = this.mvc.perform(get("/training/report").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(page)
			.contains("<th scope=\"row\" class=\"govuk-table__header\">" + GROUP
					+ "</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td> "
					+ "<td class=\"govuk-table__cell govuk-table__cell--numeric\">6</td> "
					+ "<td class=\"govuk-table__cell govuk-table__cell--numeric\">33%</td>")
			.contains(">" + GROUP + "</text>", "33% (2 of 6)</text>");
	}

	private TrainingStatus statusOf(MemberId member) {
		return this.records.of(member)
			.stream()
			.filter(record -> record.requirement().course().equals(DemoTraining.COURSE))
			.findFirst()
			.orElseThrow()
			.status();
	}

	private void complete(MemberId member, LocalDate on) {
		this.clock.moveTo(on);
		this.completions.record(member, TrainingTestConfiguration.annualCourse(this.requirements), on,
				CompletionMethod.RECORDED, "Test data set");
	}

	private MemberId enrol(String name, String email) {
		return this.members.enrol(new MemberDetails(name, email + "@example.org", "Central", GROUP, false,
				EnumSet.noneOf(Committee.class), List.of(), LocalDate.of(2023, 5, 8), null));
	}

}
