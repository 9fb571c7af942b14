package org.membercomms.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * A certificate as an accessible PDF (tagged, PDF/UA, fonts embedded), beside its page.
 */
final class CertificatePdf {

	private static final String FONT = "DejaVu Sans";

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
				""".formatted(escape(title), escape(title), escape(certificate.council()), FONT,
				escape(certificate.council()), escape(certificate.memberName()), escape(certificate.course()),
				TrainingDates.day(completion.completedOn()), escape(completion.method().title()),
				TrainingDates.day(completion.validUntil()), certificate.number());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
