package org.membercomms.checker.hostility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.membercomms.checker.rules.Hostility;

/**
 * The templates of the checker's functional suite and development sets
 * ({@code template<TAB>functionality<TAB>half<TAB>expected<TAB>text}), expanded over
 * {@code targets.tsv} as the suite expands them: each placeholder of a template's kind in
 * turn, capitalised where it starts a sentence or a quotation.
 */
final class Templates {

	/** The halves that may be fitted on; the others are only measured. */
	static final List<String> FITTED = List.of("tuning", "development");

	/** The categories the reading's classes report, and swearing. */
	private static final List<String> READ = List.of("DISCRIMINATION", "HARASSMENT", "DISRESPECT", "DEFAMATION",
			"INCITEMENT", "MALICIOUS_COMMUNICATION");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	/**
	 * One template.
	 *
	 * @param file the file it is in
	 * @param id its id
	 * @param functionality its functionality
	 * @param half its half
	 * @param expected the categories any one of which makes a risky case right, empty for
	 * a contrast
	 * @param text its text
	 */
	record Template(String file, String id, String functionality, String half, List<String> expected, String text) {

		/**
		 * The harm a template's cases are fitted as: a contrast is NONE; a risky case is
		 * the harm its expected categories name, the first listed deciding between abuse
		 * and a threat.
		 * @return the class
		 */
		Hostility hostility() {
			if (this.expected.isEmpty()) {
				return Hostility.NONE;
			}
			if (this.expected.contains("DISCRIMINATION")) {
				return Hostility.CONTEMPT_FOR_GROUP;
			}
			if (this.expected.contains("DEFAMATION")) {
				return Hostility.ALLEGATION;
			}
			if (this.expected.get(0).equals("DISRESPECT")) {
				return Hostility.ABUSE;
			}
			return this.expected.equals(List.of("INCITEMENT")) ? Hostility.DAMAGE : Hostility.THREAT;
		}

	}

	/**
	 * One case: a template with a target put in.
	 *
	 * @param template its template
	 * @param text its text
	 */
	record Case(Template template, String text) {
	}

	private final Map<String, List<String>> targets;

	private Templates(Map<String, List<String>> targets) {
		this.targets = targets;
	}

	/**
	 * Reads the targets of a suite's folder.
	 * @param suite the folder holding {@code targets.tsv}
	 * @return the expander
	 * @throws IOException when it cannot be read
	 */
	static Templates in(Path suite) throws IOException {
		Map<String, List<String>> targets = new LinkedHashMap<>();
		for (String[] row : rows(suite.resolve("targets.tsv"))) {
			targets.computeIfAbsent(row[0], (k) -> new ArrayList<>()).add(row[1]);
		}
		return new Templates(targets);
	}

	/**
	 * Reads a file of templates.
	 * @param file the file
	 * @return its templates, in order
	 * @throws IOException when it cannot be read
	 */
	static List<Template> read(Path file) throws IOException {
		List<Template> templates = new ArrayList<>();
		for (String[] row : rows(file)) {
			List<String> expected = row[3].equals("NONE") ? List.of() : List.of(row[3].split(","));
			templates.add(new Template(file.getFileName().toString(), row[0], row[1], row[2], expected, row[4]));
		}
		return templates;
	}

	/**
	 * Reads labelled council-style posts ({@code id<TAB>expected<TAB>text}) as templates
	 * without a placeholder, of the {@code tuning} half: the categories the reading does
	 * not report (data protection, confidentiality, predetermination, copyright,
	 * accessibility) are dropped, so that a post of those alone is NONE; a post whose
	 * first remaining category is malicious communication (swearing) is left out, as the
	 * reading has no class for it.
	 * @param file the file
	 * @return its posts
	 * @throws IOException when it cannot be read
	 */
	static List<Template> readPosts(Path file) throws IOException {
		List<Template> posts = new ArrayList<>();
		for (String[] row : rows(file)) {
			List<String> expected = new ArrayList<>();
			for (String category : row[1].split(",")) {
				if (READ.contains(category)) {
					expected.add(category);
				}
			}
			if (expected.isEmpty() || !expected.get(0).equals("MALICIOUS_COMMUNICATION")) {
				posts.add(new Template(file.getFileName().toString(), row[0], "post", "tuning", List.copyOf(expected),
						row[2]));
			}
		}
		return posts;
	}

	/**
	 * A template's cases, one a target of its placeholder's kind (one case for a template
	 * without a placeholder).
	 * @param template the template
	 * @return its cases
	 */
	List<Case> expand(Template template) {
		Matcher m = PLACEHOLDER.matcher(template.text());
		if (!m.find()) {
			return List.of(new Case(template, template.text()));
		}
		String kind = m.group(1);
		List<Case> cases = new ArrayList<>();
		for (String value : this.targets.getOrDefault(kind, List.of())) {
			cases.add(new Case(template, fill(template.text(), kind, value)));
		}
		return cases;
	}

	private static String fill(String text, String kind, String value) {
		String placeholder = "{" + kind + "}";
		StringBuilder out = new StringBuilder();
		int from = 0;
		for (int at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, from)) {
			out.append(text, from, at);
			int i = at - 1;
			while (i >= 0 && text.charAt(i) == ' ') {
				i--;
			}
			boolean starts = i < 0 || ".!?\"".indexOf(text.charAt(i)) >= 0;
			out.append(starts ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value);
			from = at + placeholder.length();
		}
		return out.append(text, from, text.length()).toString();
	}

	private static List<String[]> rows(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		boolean header = true;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (header || line.isBlank()) {
				header = false;
				continue;
			}
			rows.add(line.split("\t", -1));
		}
		return rows;
	}

}
