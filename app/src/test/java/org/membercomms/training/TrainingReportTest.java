package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.membercomms.members.Committee;
import org.membercomms.training.TrainingReport.Attendance;
import org.membercomms.training.TrainingReport.Line;
import org.membercomms.training.TrainingReport.Rate;

/**
 * The committee report's figures for a known mix of statuses, and the CSV and the PDF
 * with the same numbers.
 */
class TrainingReportTest {

	private static final String COURSE = "Social media and the Code of Conduct";

	private static final List<Line> MIX = List.of(
			line("Cllr Ada Pennyworth", "Harbour Party", EnumSet.of(Committee.PLANNING), TrainingStatus.COMPLETED),
			line("Cllr Bram Oakes", "Harbour Party", EnumSet.of(Committee.PLANNING), TrainingStatus.OVERDUE),
			line("Cllr Cleo Varga", "Harbour Party", Set.of(), TrainingStatus.DUE),
			line("Cllr Dai Rennick", "Moorland First", EnumSet.of(Committee.LICENSING), TrainingStatus.EXPIRED),
			line("Cllr Esme Thorn", "Moorland First", EnumSet.of(Committee.PLANNING, Committee.LICENSING),
					TrainingStatus.BOOKED),
			line("Cllr Fergus Lyle", null, Set.of(), TrainingStatus.NOT_STARTED),
			line("Cllr Gwen Adair", null, EnumSet.of(Committee.PLANNING), TrainingStatus.COMPLETED),
			line("Cllr Hal Brenner", "Moorland First", Set.of(), TrainingStatus.COMPLETED));

	private static final List<Attendance> SESSIONS = List.of(
			new Attendance(COURSE, Instant.parse("2026-10-05T17:00:00Z"), 12, 9),
			new Attendance(COURSE, Instant.parse("2026-11-02T18:00:00Z"), 6, 6));

	@Test
	void countsValidCompletionsOverallByGroupAndByCommittee() {
		TrainingReport report = TrainingReport.of(MIX, SESSIONS);
		assertThat(report.overall()).isEqualTo(new Rate("All Members", 4, 8));
		assertThat(report.overall().percent()).isEqualTo(50);
		assertThat(report.byGroup()).containsExactly(new Rate("Harbour Party", 2, 3), new Rate("Moorland First", 1, 3),
				new Rate("No group", 1, 2));
		assertThat(report.byGroup().get(0).percent()).isEqualTo(67);
		assertThat(report.byCommittee()).containsExactly(new Rate("Planning", 2, 4), new Rate("Licensing", 0, 2));
	}

	@Test
	void listsWhoIsOverdueOrExpiredByName() {
		assertThat(TrainingReport.of(MIX, SESSIONS).late()).extracting(Line::member, Line::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cllr Bram Oakes", TrainingStatus.OVERDUE),
					org.assertj.core.groups.Tuple.tuple("Cllr Dai Rennick", TrainingStatus.EXPIRED));
	}

	@Test
	void theCsvHasTheSameNumbers() {
		String csv = TrainingReport.of(MIX, SESSIONS).csv();
		assertThat(csv.split("\r\n")).containsExactly("section,label,complete,total,percent,status",
				"overall,\"All Members\",4,8,50,", "political group,\"Harbour Party\",2,3,67,",
				"political group,\"Moorland First\",1,3,33,", "political group,\"No group\",1,2,50,",
				"committee,\"Planning\",2,4,50,", "committee,\"Licensing\",0,2,0,",
				"late,\"Cllr Bram Oakes – " + COURSE + "\",,,,OVERDUE",
				"late,\"Cllr Dai Rennick – " + COURSE + "\",,,,EXPIRED",
				"attendance,\"" + COURSE + " 2026-10-05T17:00:00Z\",9,12,,",
				"attendance,\"" + COURSE + " 2026-11-02T18:00:00Z\",6,6,,");
	}

	@Test
	void thePdfHasTheSameNumbersAndIsTagged() throws Exception {
		byte[] pdf = ReportPdf.render(TrainingReport.of(MIX, SESSIONS), "Middlesbrough Council",
				LocalDate.of(2026, 11, 28));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Training report for the Constitution", "28 November 2026", "All Members 4 8 50%",
					"Harbour Party 2 3 67%", "Moorland First 1 3 33%", "No group 1 2 50%", "Planning 2 4 50%",
					"Licensing 0 2 0%", "Cllr Bram Oakes " + COURSE + " Overdue",
					"Cllr Dai Rennick " + COURSE + " Expired", COURSE + ", 5 October 2026 12 9",
					COURSE + ", 2 November 2026 6 6");
		}
	}

	@Test
	void anEmptyCouncilHasNoRateRatherThanAnError() {
		assertThat(TrainingReport.of(List.of(), List.of()).overall().percent()).isZero();
	}

	private static Line line(String member, String group, Set<Committee> committees, TrainingStatus status) {
		return new Line(member, group, committees, COURSE, status);
	}

}
