package org.membercomms.postcheck.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.membercomms.postcheck.Draft;
import org.membercomms.postcheck.ImageAttached;

/**
 * One draft post sent to the API.
 *
 * @param text the text of the post
 * @param links link URLs attached to it
 * @param image the image attached, if any
 */
@Schema(name = "Post", description = "A draft post to check")
record CheckRequest(
		@Schema(description = "The text of the post, up to 100 KB of UTF-8",
				requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Thank you to the volunteers who cleared the beck on Saturday!") String text,
		@Schema(description = "Link URLs attached to the post") List<String> links,
		@Schema(description = "Whether an image is attached, and whose it is",
				defaultValue = "NONE") ImageAttached image) {

	Draft draft() {
		return new Draft(this.text, this.links, this.image);
	}

	@Override
	public String toString() {
		return "CheckRequest[" + ((this.text != null) ? this.text.length() : 0) + " chars]";
	}

}
