package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.membercomms.checker.Category;
import org.membercomms.checker.Image;
import org.membercomms.checker.ImageSource;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;

/**
 * Publishing other people's work without permission: images from someone else or a stock
 * library without a licence (needs the image fields), and text that says it copies an
 * article, a photo agency's picture or protected material. Linking to an article is fine.
 */
final class CopyrightRule implements Rule {

	static final String LAW = "Under the Copyright, Designs and Patents Act 1988 photos, articles, books, maps and stock "
			+ "images belong to their creators; publishing them without permission or a licence infringes "
			+ "copyright even when you credit the source.";

	static final String ADVICE = "Use your own photos or images the council holds a licence for, or link to the "
			+ "original instead of copying it; ask the Communications team if you are unsure.";

	private static final String PATTERNS = """
			copied: copied_from|copy_and_paste|copied_and_pasted|copy_pasted|cut_and_paste|cut_and_pasted|reproduced_from|reproduced_in_full|reproduced_below|pasted_below|pasted_in_full|full_article_below|full_story_below|full_text_below|article_in_full|full_article_here|whole_article|entire_article|the_full_text_of|here_'s_the_article|here_is_the_article|here_'s_the_full|here_is_the_full|screenshot_of_the_article|screenshots_of_the_article|behind_the_paywall|behind_a_paywall|from_behind_the_paywall|paywalled_article|in_case_you_ca_n't_get_past
			copied: photo|photos|picture|pictures|pic|pics|image|images|photograph ~5 from|off|by|via|on ~1 google|google_images|facebook|instagram|the_internet|online|getty|getty_images|shutterstock|alamy|istock|reuters|pa_images|the_echo|the_paper
			copied: found|nicked|pinched|borrowed|grabbed|took|lifted ~1 this|that|the|a ~1 photo|picture|pic|image|photograph ~3 online|google|internet|facebook|instagram|website|from|off
			copied: uploaded|scanned|photocopied|posted|shared ~3 the_whole_of|whole_chapter|chapter|entire_book|whole_book|full_book|full_chapter
			copied: copied|pasted|reproduced|copy_pasted ~4 article|story|piece|column|photo|picture|image|photograph|chapter|book|report_from
			copied: photo|picture|image|pic|map|article|photograph|photos|pictures|images ~8 did_n't_ask|without_permission|without_asking|did_not_ask|no_permission|without_a_licence|without_a_license|without_paying|not_licensed
			copied: did_n't_ask|without_permission|without_asking|did_not_ask|without_a_licence ~8 photo|picture|image|pic|map|article|photograph
			copied: article|photo|picture|image|map|chapter|maps ~3 i|we ~1 copied|pasted|scanned|reproduced|lifted|nicked|pinched
			copied: getty|google_images|getty_images|shutterstock|alamy|istock|istockphoto|adobe_stock|pa_images|pa_wire|all_rights_reserved
			""";

	private final Patterns patterns;

	CopyrightRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	/**
	 * Crown copyright and Open Government Licence material may be reused with the notice.
	 */
	private static boolean openLicence(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.contains("crown copyright") || lower.contains("open government licence");
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Span> evidence = new ArrayList<>();
		for (Match match : this.patterns.find(post.tokens(), post.steps())) {
			if (!post.negated(match.first())) {
				evidence.add(post.span(match));
			}
		}
		String text = post.text().original();
		post.steps().add(text.length());
		int copyright = text.indexOf('©');
		if (copyright >= 0 && !openLicence(text)) {
			post.steps().add(3L * text.length());
			evidence.add(new Span(copyright, copyright + 1));
		}
		boolean textual = !evidence.isEmpty();
		boolean images = false;
		for (Image image : post.post().images()) {
			if (image.source() != ImageSource.OWN && !image.permission()) {
				images = true;
			}
		}
		if (textual || images) {
			findings.add(Category.COPYRIGHT, Severity.CAUTION, evidence,
					images && !textual ? "attaches someone else's or a stock image without permission"
							: "copies someone else's article, photo or other protected work",
					LAW, ADVICE);
		}
	}

}
