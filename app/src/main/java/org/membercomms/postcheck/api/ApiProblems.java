package org.membercomms.postcheck.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details for the API, written by the security filters (which run before
 * Spring MVC) the same way the controller advice writes them.
 */
final class ApiProblems {

	static final String MEDIA_TYPE = "application/problem+json";

	private ApiProblems() {
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:membercomms:problem:" + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * @param retryAfter the seconds until the token's window ends
	 * @return the answer to a request over the token's rate limit
	 */
	static ProblemDetail tooManyRequests(long retryAfter) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limit", "Too many requests",
				"This token has made more checks this minute than it may. Try again in " + retryAfter + " seconds.");
	}

	/**
	 * @param maxBytes the largest body read
	 * @return the answer to a request whose body is over it
	 */
	static ProblemDetail bodyTooLarge(long maxBytes) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request is too large",
				"The request body is over " + String.format(Locale.UK, "%,d", maxBytes) + " bytes. "
						+ "Send fewer or shorter posts in each request.");
	}

	static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
