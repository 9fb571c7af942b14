package org.membercomms.commsplan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Calendar programs fetch a person's feed without signing in: the secret in its address
 * is the only key. This chain covers that one address and nothing else: a GET, stateless,
 * no cookies; any other method is refused. It comes before the pages' chain, which takes
 * every other request.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

	@Bean
	@Order(3)
	SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(CalendarFeedController.FEED_PATH + "*"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults()
					.matcher(HttpMethod.GET, CalendarFeedController.FEED_PATH + "*"))
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> {
			});
		return http.build();
	}

}
