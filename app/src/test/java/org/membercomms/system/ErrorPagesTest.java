package org.membercomms.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MemberCommsTest
class ErrorPagesTest {

	private static final String REFERENCE = "(?s).*<strong id=\"error-reference\">[0-9A-F]{8}</strong>.*";

	@Autowired
	MockMvc mvc;

	@Test
	void showsPageNotFoundWithAReference() throws Exception {
		this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), matchesPattern(REFERENCE))));
	}

	@Test
	void showsForbiddenWithAReference() throws Exception {
		this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403))
			.andExpect(status().isForbidden())
			.andExpect(content().string(
					allOf(containsString("You do not have permission to see this page"), matchesPattern(REFERENCE))));
	}

	@Test
	void showsAServerErrorWithoutTechnicalDetail() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
				.requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
			.andExpect(status().isInternalServerError())
			.andExpect(content()
				.string(allOf(containsString("Sorry, there is a problem with the service"), matchesPattern(REFERENCE),
						not(containsString("secret detail")), not(containsString("IllegalStateException")))));
	}

	@Test
	void refusesAFormWithoutItsToken() throws Exception {
		this.mvc.perform(post("/sign-out")).andExpect(status().isForbidden());
	}

}
