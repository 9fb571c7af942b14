package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@MemberCommsTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/sign-in", "/no-such-page", "/home" })
	void sendsTheSecurityHeadersOnEveryResponse(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self' 'nonce-", "style-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/accessibility" })
	void putsTheResponsesNonceOnEveryScript(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
		String html = result.getResponse().getContentAsString();
		List<String> scripts = Pattern.compile("<script[^>]*>")
			.matcher(html)
			.results()
			.map(MatchResult::group)
			.toList();
		assertThat(scripts).hasSize(2).allSatisfy(script -> assertThat(script).contains("nonce=\"" + nonce + "\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/accessibility", "/privacy", "/cookies", "/sign-in" })
	void neverUsesTheGovUkBrand(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Middlesbrough Council")
			.doesNotContain("govuk-header__logotype-crown", "GOV.UK</", "GDS Transport", "govuk-logo");
		assertThat(html).contains(">Accessibility statement</a>", ">Privacy notice</a>", ">Cookies</a>");
	}

}
