package org.membercomms.postcheck.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Several draft posts sent to the API at once.
 *
 * @param posts the posts, at most {@code membercomms.postcheck.batch-max-posts}
 * ({@value #MAX_POSTS} unless configured) holding at most {@code batch-max-characters}
 * (100,000) in all
 */
@Schema(name = "Batch", description = "Up to 50 draft posts to check, with up to 100,000 characters of text in all")
record BatchRequest(
		@ArraySchema(arraySchema = @Schema(description = "The posts", requiredMode = Schema.RequiredMode.REQUIRED),
				maxItems = MAX_POSTS) List<CheckRequest> posts) {

	/** The most posts in a batch unless configured, as the OpenAPI document says. */
	static final int MAX_POSTS = 50;

}
