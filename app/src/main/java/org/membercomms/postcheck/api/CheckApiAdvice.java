package org.membercomms.postcheck.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the API into RFC 9457 problem details. No message repeats the
 * request body: a parse error says where the JSON is wrong, not what it contained. A body
 * found over the cap while it was parsed ({@link ApiBodyLimit}) is a 413, whatever the
 * parser wrapped it in.
 */
@RestControllerAdvice(assignableTypes = CheckApiController.class)
class CheckApiAdvice {

	private static final Logger log = LoggerFactory.getLogger(CheckApiAdvice.class);

	private static final MediaType PROBLEM = MediaType.parseMediaType(ApiProblems.MEDIA_TYPE);

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		BodyTooLarge tooLarge = bodyTooLarge(ex);
		if (tooLarge != null) {
			return answer(ApiProblems.bodyTooLarge(tooLarge.maxBytes()));
		}
		return answer(ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-json", "The request is not valid JSON",
				"Send JSON like {\"text\": \"...\", \"links\": [\"...\"], \"image\": \"NONE|OWN|OTHERS|STOCK\"} "
						+ "(or {\"posts\": [...]} to /batch), with Content-Type: application/json."));
	}

	@ExceptionHandler(BadPost.class)
	ResponseEntity<ProblemDetail> badPost(BadPost ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-post", "The post cannot be checked",
				ex.getMessage());
		problem.setProperty("field", ex.field());
		return answer(problem);
	}

	@ExceptionHandler(PostTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(PostTooLarge ex) {
		return answer(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "post-too-large", "The post is too large",
				ex.getMessage()));
	}

	@ExceptionHandler(BatchTooLarge.class)
	ResponseEntity<ProblemDetail> batchTooLarge(BatchTooLarge ex) {
		return answer(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "The batch is too large",
				ex.getMessage()));
	}

	@ExceptionHandler(OverRateLimit.class)
	ResponseEntity<ProblemDetail> overRateLimit(OverRateLimit ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter()))
			.contentType(PROBLEM)
			.body(ApiProblems.tooManyRequests(ex.retryAfter()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", "Send JSON",
				"Send the request body as JSON with Content-Type: application/json."));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return answer(ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method", "Use POST",
				"The checks API takes POST requests only."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> failure(Exception ex) {
		BodyTooLarge tooLarge = bodyTooLarge(ex);
		if (tooLarge != null) {
			return answer(ApiProblems.bodyTooLarge(tooLarge.maxBytes()));
		}
		String reference = java.util.HexFormat.of()
			.withUpperCase()
			.toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextInt());
		// the class only: a message could quote the post
		log.error("API error reference {}: {}", reference, ex.getClass().getName());
		ProblemDetail problem = ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
				"Something went wrong", "Something went wrong on our side. Quote reference " + reference + ".");
		problem.setProperty("reference", reference);
		return answer(problem);
	}

	/**
	 * @return the body's overflow that caused the failure, or {@code null}
	 */
	private static BodyTooLarge bodyTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
	}

}
