package org.membercomms.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A governing document written in CommonMark. Each second-level heading ends with its
 * stable section key, {@code ## Defamation {#defamation}}: the key is the section's
 * anchor, set by the editor and kept when the heading's words change. Raw HTML is shown
 * as text, never run.
 */
final class MarkdownDocument {

	private static final Pattern KEY = Pattern.compile("\\s*\\{#([a-z0-9]+(?:-[a-z0-9]+)*)\\}\\s*$");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final Node root;

	private final List<Section> sections;

	private final List<String> problems;

	private final Map<Node, String> anchors;

	private MarkdownDocument(Node root, List<Section> sections, List<String> problems, Map<Node, String> anchors) {
		this.root = root;
		this.sections = sections;
		this.problems = problems;
		this.anchors = anchors;
	}

	/**
	 * A section of the document: a second-level heading and everything up to the next
	 * one.
	 *
	 * @param key the section key
	 * @param heading the heading's words, without the key
	 * @param text the section's plain text
	 */
	record Section(String key, String heading, String text) {
	}

	static MarkdownDocument parse(String markdown) {
		Node root = parser.parse(markdown);
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Section> sections = new ArrayList<>();
		Map<Node, String> anchors = new IdentityHashMap<>();
		TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();
		Heading current = null;
		String currentKey = null;
		StringBuilder body = new StringBuilder();
		for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getLevel() <= 2) {
				if (current != null) {
					sections.add(new Section(currentKey, headingText(current), body.toString().strip()));
				}
				body.setLength(0);
				current = null;
				if (heading.getLevel() == 2) {
					String key = takeKey(heading);
					if (key == null) {
						problems.add("The heading \"" + headingText(heading)
								+ "\" has no section key: end it with {#a-key}");
					}
					else if (!seen.add(key)) {
						problems.add("The section key " + key + " is used twice");
					}
					else {
						current = heading;
						currentKey = key;
						anchors.put(heading, key);
					}
				}
			}
			else if (current != null) {
				body.append(text.render(node)).append('\n');
			}
		}
		if (current != null) {
			sections.add(new Section(currentKey, headingText(current), body.toString().strip()));
		}
		return new MarkdownDocument(root, List.copyOf(sections), List.copyOf(problems), anchors);
	}

	/** Removes the trailing {@code {#key}} from a heading and returns the key. */
	private static String takeKey(Heading heading) {
		Node last = heading.getLastChild();
		if (last instanceof Text text) {
			Matcher matcher = KEY.matcher(text.getLiteral());
			if (matcher.find()) {
				text.setLiteral(text.getLiteral().substring(0, matcher.start()));
				return matcher.group(1);
			}
		}
		return null;
	}

	private static String headingText(Heading heading) {
		StringBuilder words = new StringBuilder();
		heading.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				words.append(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				words.append(code.getLiteral());
			}
		});
		return KEY.matcher(words.toString()).replaceFirst("").strip();
	}

	List<Section> sections() {
		return this.sections;
	}

	/**
	 * @return what stops the document being published for a reason of its own shape
	 */
	List<String> problems() {
		return this.problems;
	}

	/**
	 * @param required the keys the document must have
	 * @return those it lacks, in the order given
	 */
	List<String> missingKeys(List<String> required) {
		Set<String> present = new LinkedHashSet<>();
		this.sections.forEach(section -> present.add(section.key()));
		return required.stream().filter(key -> !present.contains(key)).toList();
	}

	/**
	 * @return the document as HTML in GOV.UK Frontend's classes, each section's heading
	 * anchored by its key
	 */
	String html() {
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> new GovUkAttributes())
			.build();
		return renderer.render(this.root);
	}

	/**
	 * Gives rendered elements GOV.UK Frontend's classes, and second-level headings their
	 * keys.
	 */
	private final class GovUkAttributes implements AttributeProvider {

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			if (node instanceof Heading heading) {
				attributes.put("class", switch (heading.getLevel()) {
					case 1 -> "govuk-heading-xl";
					case 2 -> "govuk-heading-l";
					case 3 -> "govuk-heading-m";
					default -> "govuk-heading-s";
				});
				String key = MarkdownDocument.this.anchors.get(heading);
				if (key != null) {
					attributes.put("id", key);
				}
			}
			else if (node instanceof BlockQuote) {
				attributes.put("class", "govuk-inset-text");
			}
			else if (node instanceof Paragraph) {
				attributes.put("class", "govuk-body");
			}
			else if (node instanceof BulletList) {
				attributes.put("class", "govuk-list govuk-list--bullet");
			}
			else if (node instanceof OrderedList) {
				attributes.put("class", "govuk-list govuk-list--number");
			}
			else if (node instanceof Link) {
				attributes.put("class", "govuk-link");
			}
			else if ("table".equals(tagName)) {
				attributes.put("class", "govuk-table");
			}
			else if ("th".equals(tagName)) {
				attributes.put("class", "govuk-table__header");
			}
			else if ("td".equals(tagName)) {
				attributes.put("class", "govuk-table__cell");
			}
			else if ("tr".equals(tagName)) {
				attributes.put("class", "govuk-table__row");
			}
		}

	}

}
