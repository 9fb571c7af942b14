package org.membercomms.postcheck.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.membercomms.checker.Channel;
import org.membercomms.postcheck.ApiTokenHolder;
import org.membercomms.postcheck.Draft;
import org.membercomms.postcheck.PostCheckSettings;
import org.membercomms.postcheck.PostChecks;
import org.membercomms.postcheck.RateLimit;
import org.membercomms.postcheck.Via;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The post checker's REST API. The context (committees, pre-election periods) comes from
 * the caller's Member record, as on the page. Every post counts against the token's
 * checks a minute by its size, and a batch by its posts; a batch over its caps is refused
 * before any check runs.
 */
@RestController
@RequestMapping(path = "/api/v1/checks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checks", description = "Check draft posts before publishing them")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class CheckApiController {

	private final PostChecks checks;

	private final RateLimit rateLimit;

	private final PostCheckSettings settings;

	CheckApiController(PostChecks checks, RateLimit rateLimit, PostCheckSettings settings) {
		this.checks = checks;
		this.rateLimit = rateLimit;
		this.settings = settings;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check one post",
			responses = { @ApiResponse(responseCode = "200", description = "The report"),
					@ApiResponse(responseCode = "400", description = "Bad JSON or no text",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "401", description = "No valid token",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "413", description = "The post is over 100 KB or the body over its cap",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
					@ApiResponse(responseCode = "429",
							description = "Over the token's checks a minute (a post counts one for each "
									+ "10,000 characters or part of them); see Retry-After",
							content = @Content(mediaType = ApiProblems.MEDIA_TYPE)) })
	CheckResponse check(@RequestBody CheckRequest request, Authentication caller) {
		Draft draft = validDraft(request, null);
		count(caller, this.rateLimit.checksUsedBy(draft));
		return CheckResponse.of(this.checks.check(caller.getName(), draft, Channel.PERSONAL, Via.API));
	}

	@PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check up to 50 posts", responses = {
			@ApiResponse(responseCode = "200", description = "One report per post, in order"),
			@ApiResponse(responseCode = "400",
					description = "Bad JSON, no posts, too many posts or a post without text",
					content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(hidden = true))),
			@ApiResponse(responseCode = "401", description = "No valid token",
					content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
			@ApiResponse(responseCode = "413",
					description = "A post is over 100 KB, the posts over 100,000 characters in all, "
							+ "or the body over its cap",
					content = @Content(mediaType = ApiProblems.MEDIA_TYPE)),
			@ApiResponse(responseCode = "429",
					description = "Over the token's checks a minute (each post counts one for each "
							+ "10,000 characters or part of them); see Retry-After",
					content = @Content(mediaType = ApiProblems.MEDIA_TYPE)) })
	CheckResponse.Batch batch(@RequestBody BatchRequest request, Authentication caller) {
		if (request.posts() == null || request.posts().isEmpty()) {
			throw new BadPost("posts", "Send at least one post in \"posts\".");
		}
		int maxPosts = this.settings.batchMaxPosts();
		if (request.posts().size() > maxPosts) {
			throw new BadPost("posts",
					String.format(Locale.UK,
							"A batch holds at most %,d posts; this one has %,d. Split it into several batches.",
							maxPosts, request.posts().size()));
		}
		List<Draft> drafts = new ArrayList<>();
		for (int i = 0; i < request.posts().size(); i++) {
			drafts.add(validDraft(request.posts().get(i), i));
		}
		long characters = drafts.stream().mapToLong(draft -> draft.text().length()).sum();
		if (characters > this.settings.batchMaxCharacters()) {
			throw new BatchTooLarge(
					String.format(Locale.UK,
							"The posts of a batch hold at most %,d characters in all; these hold %,d. "
									+ "Split them into several batches.",
							this.settings.batchMaxCharacters(), characters));
		}
		count(caller, this.rateLimit.checksUsedBy(drafts));
		return new CheckResponse.Batch(
				this.checks.checkAll(caller.getName(), drafts).stream().map(CheckResponse::of).toList());
	}

	/**
	 * Counts a request's checks against its token, beyond the one its filter counted.
	 */
	private void count(Authentication caller, int checks) {
		if (!(caller.getDetails() instanceof ApiTokenHolder token)) {
			throw new IllegalStateException("An API request authenticated without a token");
		}
		long retryAfter = this.rateLimit.acquire(token.id(), checks - 1);
		if (retryAfter > 0) {
			throw new OverRateLimit(retryAfter);
		}
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
