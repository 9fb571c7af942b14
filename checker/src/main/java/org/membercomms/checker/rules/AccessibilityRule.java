package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Image;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;
import org.membercomms.checker.text.WordSet;

/**
 * Advice only: things that make a post hard to use with a screen reader or hard to read:
 * multi-word hashtags not in CamelCase, images without a description, long runs of
 * capitals or emoji, "click here" links and very long sentences.
 */
final class AccessibilityRule implements Rule {

	static final String LAW = "Public sector guidance on accessible social media asks for posts everyone can use, "
			+ "including people who use screen readers or find reading hard.";

	private static final int LONG_SENTENCE = 50;

	private final WordSet words;

	private final WordClass click;

	AccessibilityRule(Lexicons lexicons) {
		this.words = lexicons.set("hashtag-words");
		this.click = lexicons.wordClass("click", Set.of("click", "tap"));
	}

	@Override
	public void check(Analysis post, Findings findings) {
		String text = post.text().original();
		// the text is read twice for emoji, and the words three times (capitals, "click
		// here", long sentences)
		post.steps().add(2L * text.length() + 3L * post.tokens().size());
		hashtags(text, findings, post.steps());
		capitals(post, findings);
		emoji(text, findings);
		Span click = clickHere(post.tokens(), this.click);
		if (click != null) {
			findings.add(Category.ACCESSIBILITY, Severity.ADVICE, List.of(click), "uses \"click here\" as link text",
					LAW, "Describe where the link goes (\"Read the budget report\"), not \"click here\".");
		}
		longSentences(post, findings);
		for (Image image : post.post().images()) {
			if (!image.described()) {
				findings.add(Category.ACCESSIBILITY, Severity.ADVICE, List.of(), "has an image without a description",
						LAW, "Add a short description (alt text) to every image.");
				break;
			}
		}
	}

	private void hashtags(String text, Findings findings, Steps steps) {
		int n = text.length();
		steps.add(n);
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (text.charAt(i) != '#' || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
				continue;
			}
			int j = i + 1;
			while (j < n && j - i < 140 && Character.isLetterOrDigit(text.charAt(j))) {
				j++;
			}
			String tag = text.substring(i + 1, j);
			// each char of a tag ends up to 14 candidate words of the split
			steps.add(16L * (j - i));
			if (tag.length() >= 6 && !camelCase(tag) && severalWords(tag.toLowerCase(Locale.ROOT))) {
				spans.add(new Span(i, j));
			}
			i = j - 1;
		}
		if (!spans.isEmpty()) {
			findings.add(Category.ACCESSIBILITY, Severity.ADVICE, spans,
					"has hashtags of several words not in CamelCase", LAW,
					"Capitalise each word of a hashtag (#SaveOurLibrary) so screen readers read it as words.");
		}
	}

	private static boolean camelCase(String tag) {
		int uppers = 0;
		boolean lower = false;
		for (int k = 0; k < tag.length(); k++) {
			char c = tag.charAt(k);
			if (Character.isUpperCase(c)) {
				uppers++;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
		}
		return uppers >= 2 && lower;
	}

	/**
	 * Whether the tag splits wholly into at least two known words (dynamic programming,
	 * linear in practice).
	 */
	private boolean severalWords(String tag) {
		int n = tag.length();
		int[] parts = new int[n + 1];
		Arrays.fill(parts, -1);
		parts[0] = 0;
		for (int end = 1; end <= n; end++) {
			for (int start = Math.max(0, end - 14); start < end; start++) {
				if (parts[start] >= 0 && this.words.contains(tag.substring(start, end))
						&& (end - start > 1 || tag.charAt(start) == 'a')) {
					int count = parts[start] + 1;
					if (parts[end] < 0 || count < parts[end]) {
						parts[end] = count;
					}
				}
			}
		}
		return parts[n] >= 2;
	}

	private static void capitals(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		int run = 0;
		int runStart = 0;
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i <= tokens.size(); i++) {
			boolean upper = i < tokens.size() && tokens.get(i).upperCase() && tokens.get(i).norm().length() >= 2
					&& (run == 0 || tokens.get(i).sentence() == tokens.get(i - 1).sentence());
			if (upper) {
				if (run == 0) {
					runStart = i;
				}
				run++;
			}
			else {
				if (run >= 5) {
					spans.add(post.span(runStart, i - 1));
				}
				run = i < tokens.size() && tokens.get(i).upperCase() && tokens.get(i).norm().length() >= 2 ? 1 : 0;
				runStart = i;
			}
		}
		if (!spans.isEmpty()) {
			findings.add(Category.ACCESSIBILITY, Severity.ADVICE, spans, "has long runs of capital letters", LAW,
					"Write in sentence case: capitals are harder to read and screen readers may spell them out.");
		}
	}

	private static void emoji(String text, Findings findings) {
		boolean any = false;
		for (int k = 0; k < text.length() && !any; k++) {
			any = text.charAt(k) >= 0x2600;
		}
		if (!any) {
			return;
		}
		int run = 0;
		int runStart = 0;
		int total = 0;
		List<Span> spans = new ArrayList<>();
		int i = 0;
		while (i <= text.length()) {
			int cp = i < text.length() ? text.codePointAt(i) : 'x';
			int width = i < text.length() ? Character.charCount(cp) : 1;
			if (isEmoji(cp)) {
				if (run == 0) {
					runStart = i;
				}
				run++;
				total++;
			}
			else if (!(cp == 0x200D || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == ' ')) {
				if (run >= 5) {
					spans.add(new Span(runStart, i));
				}
				run = 0;
			}
			i += width;
		}
		if (!spans.isEmpty() || total >= 12) {
			findings.add(Category.ACCESSIBILITY, Severity.ADVICE, spans, "uses many emoji", LAW,
					"Use a few emoji at most, at the end: screen readers read out each one.");
		}
	}

	private static boolean isEmoji(int cp) {
		return (cp >= 0x1F300 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) || (cp >= 0x2600 && cp <= 0x27BF);
	}

	private static void longSentences(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		int start = 0;
		List<Span> spans = new ArrayList<>();
		for (int i = 1; i <= tokens.size(); i++) {
			if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(start).sentence()) {
				if (i - start > LONG_SENTENCE) {
					spans.add(post.span(start, i - 1));
				}
				start = i;
			}
		}
		if (!spans.isEmpty()) {
			findings.add(Category.ACCESSIBILITY, Severity.ADVICE, spans, "has very long sentences", LAW,
					"Keep sentences short (under 25 words) and use plain English.");
		}
	}

	private static Span clickHere(List<Token> tokens, WordClass click) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (click.containsAnyForm(tokens.get(i)) && tokens.get(i + 1).is("here")) {
				return new Span(tokens.get(i).start(), tokens.get(i + 1).end());
			}
		}
		return null;
	}

}
