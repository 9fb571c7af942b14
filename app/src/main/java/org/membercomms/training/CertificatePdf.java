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
		return AccessiblePdf.render(title, certificate.council(), """
				@page { size: A4 landscape; margin: 25mm; }
				body { font-family: '%s'; font-size: 14pt; line-height: 1.5; color: #0b0c0c; text-align: center; }
				h1 { font-size: 28pt; margin-bottom: 6pt; } .name { font-size: 24pt; font-weight: bold; }
				.small { font-size: 11pt; color: #505a5f; }
				""".formatted(AccessiblePdf.FONT), """
				<p>%s</p>
				<h1>Certificate of completion</h1>
				<p>This certifies that</p>
				<p class="name">%s</p>
				<p>completed the course <strong>%s</strong> on %s.</p>
				<p>%s. Valid until %s.</p>
				<p class="small">Certificate %s</p>
				""".formatted(escape(certificate.council()), escape(certificate.memberName()),
				escape(certificate.course()), TrainingDates.day(completion.completedOn()),
				escape(completion.method().title()), TrainingDates.day(completion.validUntil()), certificate.number()));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
