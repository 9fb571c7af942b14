package org.membercomms.postcheck.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Several draft posts sent to the API at once.
 *
 * @param posts the posts, at most {@value #MAX_POSTS}
 */
@Schema(name = "Batch", description = "Up to 1,000 draft posts to check")
record BatchRequest(
		@ArraySchema(arraySchema = @Schema(description = "The posts", requiredMode = Schema.RequiredMode.REQUIRED),
				maxItems = MAX_POSTS) List<CheckRequest> posts) {

	static final int MAX_POSTS = 1000;

}
