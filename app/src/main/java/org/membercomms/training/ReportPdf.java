package org.membercomms.training;

import java.time.LocalDate;
import java.util.List;

import org.membercomms.system.AccessiblePdf;
import org.membercomms.system.CouncilTime;

import org.springframework.web.util.HtmlUtils;

/**
 * The committee report as an accessible PDF (tagged, PDF/UA, fonts embedded) with the
 * same figures as the page and the CSV: each rate as a table row with its bar, the late
 * list and session attendance.
 */
final class ReportPdf {

	private ReportPdf() {
	}

	static byte[] render(TrainingReport report, String council, LocalDate today) {
		String title = "Training report for the Constitution and Members' Development Committee";
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(escape(council)).append(", ").append(TrainingDates.day(today)).append("</p>");
		body.append("<h1>").append(escape(title)).append("</h1>");
		body.append("<p>Complete means a valid completion (completed, or due for renewal but still valid).</p>");
		rates(body, "Overall", "Members", List.of(report.overall()));
		rates(body, "By political group", "Political group", report.byGroup());
		rates(body, "By committee", "Committee", report.byCommittee());
		body.append("<h2>Overdue and expired</h2>");
		if (report.late().isEmpty()) {
			body.append("<p>Nobody is overdue or expired.</p>");
		}
		else {
			body.append("<table><thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Course</th>")
				.append("<th scope=\"col\">Status</th></tr></thead><tbody>");
			for (TrainingReport.Line line : report.late()) {
				body.append("<tr><td>")
					.append(escape(line.member()))
					.append("</td><td>")
					.append(escape(line.course()))
					.append("</td><td>")
					.append(escape(line.status().title()))
					.append("</td></tr>");
			}
			body.append("</tbody></table>");
		}
		body.append("<h2>Session attendance</h2>");
		if (report.attendance().isEmpty()) {
			body.append("<p>No sessions have been held yet.</p>");
		}
		else {
			body.append("<table><thead><tr><th scope=\"col\">Session</th><th scope=\"col\" class=\"n\">Booked</th>")
				.append("<th scope=\"col\" class=\"n\">Attended</th></tr></thead><tbody>");
			for (TrainingReport.Attendance session : report.attendance()) {
				body.append("<tr><td>")
					.append(escape(session.course()))
					.append(", ")
					.append(TrainingDates.day(LocalDate.ofInstant(session.startsAt(), CouncilTime.ZONE)))
					.append("</td><td class=\"n\">")
					.append(session.booked())
					.append("</td><td class=\"n\">")
					.append(session.attended())
					.append("</td></tr>");
			}
			body.append("</tbody></table>");
		}
		return AccessiblePdf.render(title, council, """
				@page { size: A4; margin: 20mm; }
				body { font-family: '%s'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
				h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; }
				table { width: 100%%; border-collapse: collapse; margin-bottom: 8pt; }
				th, td { text-align: left; padding: 3pt 4pt; border-bottom: 1px solid #b1b4b6; vertical-align: middle; }
				.n { text-align: right; } .bar { background: #f3f2f1; width: 50mm; height: 8pt; }
				.fill { background: #1d70b8; height: 8pt; }
				""".formatted(AccessiblePdf.FONT), body.toString());
	}

	private static void rates(StringBuilder body, String caption, String heading, List<TrainingReport.Rate> rates) {
		body.append("<h2>").append(escape(caption)).append("</h2>");
		body.append("<table><thead><tr><th scope=\"col\">")
			.append(escape(heading))
			.append("</th><th scope=\"col\" class=\"n\">Complete</th><th scope=\"col\" class=\"n\">Required</th>")
			.append("<th scope=\"col\" class=\"n\">Rate</th><th scope=\"col\">Chart</th></tr></thead><tbody>");
		for (TrainingReport.Rate rate : rates) {
			body.append("<tr><th scope=\"row\">")
				.append(escape(rate.label()))
				.append("</th><td class=\"n\">")
				.append(rate.complete())
				.append("</td><td class=\"n\">")
				.append(rate.total())
				.append("</td><td class=\"n\">")
				.append(rate.percent())
				.append("%</td><td><div class=\"bar\"><div class=\"fill\" style=\"width: ")
				.append(rate.percent())
				.append("%\"></div></div></td></tr>");
		}
		body.append("</tbody></table>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
