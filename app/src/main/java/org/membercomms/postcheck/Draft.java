package org.membercomms.postcheck;

import java.util.List;

import org.membercomms.checker.Post;

/**
 * A draft post to check: its text, its links and whether an image is attached.
 *
 * @param text the text
 * @param links link URLs
 * @param image the image attached, if any
 */
public record Draft(String text, List<String> links, ImageAttached image) {

	/** The largest draft the checker takes, in bytes of UTF-8. */
	public static final int MAX_BYTES = 100 * 1024;

	public Draft {
		text = (text == null) ? "" : text;
		links = (links == null) ? List.of()
				: links.stream().filter(link -> link != null && !link.isBlank()).map(String::strip).toList();
		image = (image == null) ? ImageAttached.NONE : image;
	}

	Post toPost() {
		return new Post(this.text, this.links, this.image.images());
	}

	/**
	 * @return whether the text is over {@link #MAX_BYTES} in UTF-8
	 */
	public boolean tooLarge() {
		// a char is at most 3 bytes in UTF-8; count exactly only when it could matter
		return this.text.length() * 3L > MAX_BYTES
				&& this.text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	@Override
	public String toString() {
		return "Draft[" + this.text.length() + " chars, " + this.links.size() + " links, " + this.image + "]";
	}

}
