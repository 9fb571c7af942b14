package org.membercomms.postcheck.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.membercomms.checker.Channel;
import org.membercomms.postcheck.Draft;
import org.membercomms.postcheck.PostChecks;
import org.membercomms.postcheck.Via;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The post checker's REST API. The context (committees, pre-election periods) comes from
 * the caller's Member record, as on the page.
 */
@RestController
@RequestMapping(path = "/api/v1/checks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checks", description = "Check draft posts before publishing them")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class CheckApiController {

	private final PostChecks checks;

	CheckApiController(PostChecks checks) {
		this.checks = checks;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check one post",
			responses = { @ApiResponse(responseCode = "200", description = "The report"),
					@ApiResponse(responseCode = "400", description = "Bad JSON or no text",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "401", description = "No valid token",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "413", description = "The post is over 100 KB",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "429", description = "Over the token's rate limit; see Retry-After",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)) })
	CheckResponse check(@RequestBody CheckRequest request, Authentication caller) {
		Draft draft = validDraft(request, null);
		return CheckResponse.of(this.checks.check(caller.getName(), draft, Channel.PERSONAL, Via.API));
	}

	@PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check up to 1,000 posts",
			responses = { @ApiResponse(responseCode = "200", description = "One report per post, in order"),
					@ApiResponse(responseCode = "400",
							description = "Bad JSON, no posts, too many posts or a post without text",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(hidden = true))),
					@ApiResponse(responseCode = "401", description = "No valid token",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "413", description = "A post is over 100 KB",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "429", description = "Over the token's rate limit; see Retry-After",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)) })
	CheckResponse.Batch batch(@RequestBody BatchRequest request, Authentication caller) {
		if (request.posts() == null || request.posts().isEmpty()) {
			throw new BadPost("posts", "Send at least one post in \"posts\".");
		}
		if (request.posts().size() > BatchRequest.MAX_POSTS) {
			throw new BadPost("posts", "A batch holds at most 1,000 posts; this one has " + request.posts().size()
					+ ". Split it into several batches.");
		}
		List<Draft> drafts = new java.util.ArrayList<>();
		for (int i = 0; i < request.posts().size(); i++) {
			drafts.add(validDraft(request.posts().get(i), i));
		}
		return new CheckResponse.Batch(
				this.checks.checkAll(caller.getName(), drafts).stream().map(CheckResponse::of).toList());
	}

	private static Draft validDraft(CheckRequest request, Integer index) {
		String where = (index == null) ? "" : "posts[" + index + "].";
		if (request == null || request.text() == null || request.text().isBlank()) {
			throw new BadPost(where + "text", "\"" + where + "text\" is missing or empty: send the text of the post.");
		}
		Draft draft = request.draft();
		if (draft.tooLarge()) {
			throw new PostTooLarge("\"" + where + "text\" is over 100 KB of UTF-8. Check a shorter post.");
		}
		return draft;
	}

}
