package org.membercomms.checker.functional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.membercomms.checker.Category;

/**
 * The checker's functional test suite (see {@code functional/README.md}): hand-written
 * templates, each in one functionality and one half, expanded deterministically over the
 * targets of the one placeholder kind they use.
 */
final class FunctionalSuite {

	static final String FOLDER = "/org/membercomms/checker/functional/";

	static final String TUNING = "tuning";

	static final String HELD_BACK = "held-back";

	static final String DEVELOPMENT = "development";

	static final String DEVELOPMENT_CHECK = "development-check";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

	private final List<Template> templates;

	private final List<Target> targets;

	private FunctionalSuite(List<Template> templates, List<Target> targets) {
		this.templates = templates;
		this.targets = targets;
	}

	/**
	 * Reads {@code templates.tsv} and {@code targets.tsv} from the class path.
	 * @return the suite
	 */
	static FunctionalSuite load() {
		return load("templates.tsv");
	}

	/**
	 * Reads a file of templates and {@code targets.tsv} from the class path.
	 * @param file {@code templates.tsv}, or {@code development.tsv} for the development
	 * set
	 * @return the suite
	 */
	static FunctionalSuite load(String file) {
		List<Template> templates = new ArrayList<>();
		for (String[] row : rows(file, 5)) {
			templates.add(new Template(row[0], row[1], row[2], categories(row[3]), row[4]));
		}
		List<Target> targets = new ArrayList<>();
		for (String[] row : rows("targets.tsv", 2)) {
			targets.add(new Target(row[0], row[1]));
		}
		return new FunctionalSuite(List.copyOf(templates), List.copyOf(targets));
	}

	List<Template> templates() {
		return this.templates;
	}

	/**
	 * The values of one kind of target, in file order.
	 * @param kind group, person, party, ward or committee
	 * @return the values
	 */
	List<String> values(String kind) {
		return this.targets.stream().filter((t) -> t.kind().equals(kind)).map(Target::value).toList();
	}

	/**
	 * Every case of the suite, template by template in file order.
	 * @return the cases
	 */
	List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		for (Template template : this.templates) {
			cases.addAll(cases(template));
		}
		return cases;
	}

	/**
	 * The cases of one template: one per target of its placeholder kind (id = template id
	 * and the target's index within its kind), or the template itself when it has none.
	 * @param template the template
	 * @return its cases
	 */
	List<Case> cases(Template template) {
		String kind = template.kind();
		if (kind == null) {
			return List.of(new Case(template.id() + "-00", template, template.text(), null, null));
		}
		List<String> values = values(kind);
		if (values.isEmpty()) {
			throw new IllegalStateException(template.id() + " uses {" + kind + "}, which has no targets");
		}
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String id = String.format(Locale.ROOT, "%s-%02d", template.id(), i + 1);
			cases.add(new Case(id, template, fill(template.text(), kind, values.get(i)), kind, values.get(i)));
		}
		return cases;
	}

	/**
	 * Puts a value in place of every placeholder of its kind, capitalised where it starts
	 * a sentence or a quotation.
	 * @param text the template's text
	 * @param kind the placeholder's kind
	 * @param value the target
	 * @return the text of the case
	 */
	static String fill(String text, String kind, String value) {
		String placeholder = "{" + kind + "}";
		StringBuilder out = new StringBuilder();
		int from = 0;
		int at = text.indexOf(placeholder);
		while (at >= 0) {
			out.append(text, from, at);
			out.append(startsSentence(text, at) ? capitalised(value) : value);
			from = at + placeholder.length();
			at = text.indexOf(placeholder, from);
		}
		return out.append(text, from, text.length()).toString();
	}

	private static boolean startsSentence(String text, int at) {
		int i = at - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		return i < 0 || ".!?\"".indexOf(text.charAt(i)) >= 0;
	}

	private static String capitalised(String value) {
		return Character.toUpperCase(value.charAt(0)) + value.substring(1);
	}

	private static Set<Category> categories(String expected) {
		if (expected.equals("NONE")) {
			return Set.of();
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (String name : expected.split(",")) {
			categories.add(Category.valueOf(name.strip()));
		}
		return Set.copyOf(categories);
	}

	private static List<String[]> rows(String file, int columns) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = FunctionalSuite.class.getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException(file + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] row = line.split("\t", -1);
				if (row.length != columns) {
					throw new IllegalStateException(file + ": expected " + columns + " columns in: " + line);
				}
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * One template of the suite.
	 *
	 * @param id its stable id, e.g. {@code f01-t03}
	 * @param functionality the behaviour it tests
	 * @param half {@code tuning} or {@code held-back}; in the development set,
	 * {@code development} or {@code development-check}
	 * @param expected the categories any one of which must be found; empty for a CLEAR
	 * post
	 * @param text its text with placeholders
	 */
	record Template(String id, String functionality, String half, Set<Category> expected, String text) {

		/**
		 * The kind of its placeholder.
		 * @return the kind, or null when the template has none
		 * @throws IllegalStateException when it mixes kinds
		 */
		String kind() {
			Set<String> kinds = new LinkedHashSet<>();
			Matcher matcher = PLACEHOLDER.matcher(this.text);
			while (matcher.find()) {
				kinds.add(matcher.group(1));
			}
			if (kinds.size() > 1) {
				throw new IllegalStateException(this.id + " mixes placeholder kinds " + kinds);
			}
			return kinds.isEmpty() ? null : kinds.iterator().next();
		}

	}

	/**
	 * One target a placeholder stands for.
	 *
	 * @param kind group, person, party, ward or committee
	 * @param value the text put in its place
	 */
	record Target(String kind, String value) {
	}

	/**
	 * One expanded case.
	 *
	 * @param id the template's id and the target's index
	 * @param template the template it came from
	 * @param text the post
	 * @param kind the kind of target used, or null
	 * @param value the target used, or null
	 */
	record Case(String id, Template template, String text, String kind, String value) {

		String functionality() {
			return this.template.functionality();
		}

		String half() {
			return this.template.half();
		}

		Set<Category> expected() {
			return this.template.expected();
		}

	}

}
