package org.membercomms.postcheck.api;

import org.membercomms.accounts.Accounts;
import org.membercomms.postcheck.ApiTokens;
import org.membercomms.postcheck.PostCheckSettings;
import org.membercomms.postcheck.RateLimit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's own security: stateless, no cookies and so no CSRF, a personal token in the
 * {@code Authorization} header, and problem details with 401 or 403 instead of a redirect
 * to the sign-in page. A body over the cap is refused before the token is even looked up.
 * The OpenAPI document and Swagger UI are public. Both chains come before the pages'
 * chain, which takes every other request.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**",
			"/swagger-ui.html" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, Accounts accounts, RateLimit rateLimit,
			PostCheckSettings settings, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				ApiProblems.write(request, response, json,
						ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in with an API token",
								"Send a valid personal API token in the Authorization header: Bearer <token>. "
										+ "Create one on your API tokens page."));
			})
				.accessDeniedHandler((request, response, failure) -> ApiProblems.write(request, response, json,
						ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
								"This token's account may not do this."))))
			.addFilterBefore(new ApiTokenFilter(tokens, accounts, rateLimit, json), AuthorizationFilter.class)
			.addFilterBefore(new ApiBodyLimit(settings.maxApiBodyBytes(), json), ApiTokenFilter.class)
			.headers(headers -> headers.cacheControl(cache -> {
			}));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
		http.securityMatcher(API_DOCS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.frameOptions(frames -> frames.deny()));
		return http.build();
	}

}
