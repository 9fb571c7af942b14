package org.membercomms.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders an XHTML document as an accessible PDF: tagged for screen readers (PDF/UA),
 * PDF/A-3a, with the DejaVu Sans fonts embedded. Documents name the font {@value #FONT}
 * in their style sheet.
 */
public final class AccessiblePdf {

	/** The font family every PDF uses. */
	public static final String FONT = "DejaVu Sans";

	private AccessiblePdf() {
	}

	/**
	 * Renders a document from its parts, in British English.
	 * @param title the document's title (plain text)
	 * @param author who publishes it (plain text)
	 * @param css the style sheet, which should name the font {@value #FONT}
	 * @param body the body's well-formed XHTML
	 * @return the PDF
	 */
	public static byte[] render(String title, String author, String css, String body) {
		return render(title, title, author, css, body);
	}

	/**
	 * Renders a document from its parts, in British English, with a subject of its own.
	 * @param title the document's title (plain text)
	 * @param subject what it is about, such as its version (plain text)
	 * @param author who publishes it (plain text)
	 * @param css the style sheet, which should name the font {@value #FONT}
	 * @param body the body's well-formed XHTML
	 * @return the PDF
	 */
	public static byte[] render(String title, String subject, String author, String css, String body) {
		return render("""
				<!DOCTYPE html>
				<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
				<head>
				<title>%s</title>
				<meta name="subject" content="%s"/>
				<meta name="author" content="%s"/>
				<style>%s</style>
				</head>
				<body>%s</body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(subject), HtmlUtils.htmlEscape(author),
				css, body));
	}

	/**
	 * @param xhtml a well-formed XHTML document with a title, language and author
	 * @return the PDF
	 */
	public static byte[] render(String xhtml) {
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

}
