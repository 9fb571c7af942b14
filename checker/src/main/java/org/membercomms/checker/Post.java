package org.membercomms.checker;

import java.util.List;

/**
 * A draft post to check.
 *
 * @param text the text, any length and any Unicode
 * @param links link URLs attached to the post
 * @param images images attached to the post
 */
public record Post(String text, List<String> links, List<Image> images) {

	public Post {
		text = text == null ? "" : text;
		links = links == null ? List.of() : List.copyOf(links);
		images = images == null ? List.of() : List.copyOf(images);
	}

	/**
	 * A post of text alone.
	 * @param text the text
	 * @return a post without links or images
	 */
	public static Post of(String text) {
		return new Post(text, List.of(), List.of());
	}

}
