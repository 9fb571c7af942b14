package org.membercomms.protocol.web;

import org.membercomms.protocol.PolicyVersion;
import org.membercomms.system.AccessiblePdf;
import org.membercomms.system.CouncilSettings;
import org.membercomms.system.CouncilTime;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A version of a document as an accessible PDF: tagged for screen readers (PDF/UA), with
 * its fonts embedded. It is offered beside the HTML page, never instead of it.
 */
@Component
class PolicyPdf {

	private final CouncilSettings council;

	PolicyPdf(CouncilSettings council) {
		this.council = council;
	}

	byte[] render(PolicyVersion version) {
		String title = version.document().title();
		String status = version.isPublished()
				? "Version " + version.number() + ", in force from " + version.effectiveFrom().format(CouncilTime.DAY)
				: "Version " + version.number() + " (" + version.status().title() + ", not published)";
		String css = """
				@page { size: A4; margin: 20mm 18mm; }
				body { font-family: '%s'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
				h1 { font-size: 22pt; } h2 { font-size: 16pt; margin-top: 18pt; } h3 { font-size: 13pt; }
				blockquote { border-left: 4pt solid #b1b4b6; margin-left: 0; padding-left: 10pt; }
				table { border-collapse: collapse; } th, td { border-bottom: 1px solid #b1b4b6; padding: 4pt; text-align: left; }
				.status { color: #505a5f; }
				"""
			.formatted(AccessiblePdf.FONT);
		String body = "<p class=\"status\">" + escape(this.council.name()) + " · " + escape(status) + "</p>\n"
				+ version.html();
		return AccessiblePdf.render(title, status, this.council.name(), css, body);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
