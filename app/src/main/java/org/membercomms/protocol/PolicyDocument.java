package org.membercomms.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.membercomms.checker.ProtocolSection;

/**
 * The two governing documents MemberComms keeps.
 */
public enum PolicyDocument {

	PROTOCOL("Social Media Protocol for Members", "protocol", "policies/social-media-protocol.md",
			Arrays.stream(ProtocolSection.values()).map(ProtocolSection::key).toList()),

	CODE_OF_CONDUCT("Members' Code of Conduct", "code-of-conduct", "policies/code-of-conduct.md", List.of());

	private final String title;

	private final String slug;

	private final String template;

	private final List<String> requiredKeys;

	PolicyDocument(String title, String slug, String template, List<String> requiredKeys) {
		this.title = title;
		this.slug = slug;
		this.template = template;
		this.requiredKeys = requiredKeys;
	}

	public String title() {
		return this.title;
	}

	/**
	 * @return the path segment of the document's pages, e.g. {@code protocol}
	 */
	public String slug() {
		return this.slug;
	}

	public String path() {
		return "/" + this.slug;
	}

	String template() {
		return this.template;
	}

	/**
	 * @return the section keys every version must have before it can be published
	 */
	List<String> requiredKeys() {
		return this.requiredKeys;
	}

	public static Optional<PolicyDocument> bySlug(String slug) {
		return Arrays.stream(values()).filter(document -> document.slug.equals(slug)).findFirst();
	}

}
