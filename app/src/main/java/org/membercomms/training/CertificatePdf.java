package org.membercomms.training;

import org.membercomms.system.AccessiblePdf;

import org.springframework.web.util.HtmlUtils;

/**
 * A certificate as an accessible PDF (tagged, PDF/UA, fonts embedded), beside its page.
 */
final class CertificatePdf {

	private CertificatePdf() {
	}

	static byte[] render(Certificate certificate) {
		Completion completion = certificate.completion();
		String title = "Certificate of completion: " + certificate.course();
		String xhtml = """
				<!DOCTYPE html>
				<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
				<head>
				<title>%s</title>
				<meta name="subject" content="%s"/>
				<meta name="author" content="%s"/>
				<style>
				  @page { size: A4 landscape; margin: 25mm; }
				  body { font-family: '%s'; font-size: 14pt; line-height: 1.5; color: #0b0c0c; text-align: center; }
				  h1 { font-size: 28pt; margin-bottom: 6pt; } .name { font-size: 24pt; font-weight: bold; }
				  .small { font-size: 11pt; color: #505a5f; }
				</style>
				</head>
				<body>
				<p>%s</p>
				<h1>Certificate of completion</h1>
				<p>This certifies that</p>
				<p class="name">%s</p>
				<p>completed the course <strong>%s</strong> on %s.</p>
				<p>%s. Valid until %s.</p>
				<p class="small">Certificate %s</p>
				</body>
				</html>
				""".formatted(escape(title), escape(title), escape(certificate.council()), AccessiblePdf.FONT,
				escape(certificate.council()), escape(certificate.memberName()), escape(certificate.course()),
				TrainingDates.day(completion.completedOn()), escape(completion.method().title()),
				TrainingDates.day(completion.validUntil()), certificate.number());
		return AccessiblePdf.render(xhtml);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
