package org.membercomms.postcheck.api;

import java.io.IOException;
import java.net.URI;

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

	static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
