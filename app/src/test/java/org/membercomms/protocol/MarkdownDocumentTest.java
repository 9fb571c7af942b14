package org.membercomms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {

	private static final String TEXT = """
			# Social Media Protocol

			An introduction.

			## Defamation: what it means {#defamation}

			Sharing a post **publishes** it again.

			### An example

			> A quoted post

			## Data protection {#data-protection}

			- Ask permission before you post a photograph.
			""";

	@Test
	void readsEachSectionsKeyHeadingAndText() {
		MarkdownDocument document = MarkdownDocument.parse(TEXT);
		assertThat(document.problems()).isEmpty();
		assertThat(document.sections()).extracting(MarkdownDocument.Section::key, MarkdownDocument.Section::heading)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("defamation", "Defamation: what it means"),
					org.assertj.core.groups.Tuple.tuple("data-protection", "Data protection"));
		assertThat(document.sections().get(0).text()).contains("Sharing a post publishes it again", "An example",
				"A quoted post");
	}

	@Test
	void anchorsEachSectionByItsKeyNotItsWords() {
		String html = MarkdownDocument.parse(TEXT).html();
		assertThat(html)
			.contains("<h2 class=\"govuk-heading-l\" id=\"defamation\">Defamation: what it means</h2>",
					"<h2 class=\"govuk-heading-l\" id=\"data-protection\">Data protection</h2>",
					"<blockquote class=\"govuk-inset-text\">", "<ul class=\"govuk-list govuk-list--bullet\">")
			.doesNotContain("{#");
	}

	@Test
	void namesTheKeysADocumentLacks() {
		assertThat(MarkdownDocument.parse(TEXT).missingKeys(List.of("defamation", "copyright", "harassment")))
			.containsExactly("copyright", "harassment");
	}

	@Test
	void refusesSectionsWithoutKeysOrWithTheSameKeyTwice() {
		MarkdownDocument document = MarkdownDocument.parse("""
				## No key here

				## Twice {#twice}

				## Twice again {#twice}
				""");
		assertThat(document.problems()).hasSize(2)
			.anySatisfy(problem -> assertThat(problem).contains("No key here"))
			.anySatisfy(problem -> assertThat(problem).contains("twice is used twice"));
	}

	@Test
	void showsRawHtmlAsTextAndDropsDangerousLinks() {
		String html = MarkdownDocument.parse("""
				## Section {#section}

				<script>alert('x')</script>

				A [dangerous link](javascript:alert(1)).
				""").html();
		assertThat(html).doesNotContain("<script>", "href=\"javascript:").contains("&lt;script&gt;");
	}

}
