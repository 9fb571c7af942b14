package org.membercomms.accounts;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Which requests need a signed-in person, how people sign in (a password, then a one-time
 * code where the person has one; or the council's OpenID Connect provider) and out, and
 * the security headers. The Content-Security-Policy, which needs a nonce per response, is
 * sent by the system module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/sign-in", "/sign-in/code", "/set-password/*", "/forgotten-password",
			"/forgotten-password/sent", "/accessibility", "/privacy", "/cookies", "/error" };

	static final String[] STATIC_ASSETS = { "/assets/images/**", "/webjars/**", "/css/**", "/js/**", "/favicon.svg",
			"/favicon.ico" };

	@Bean
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager signIn, SignInFailureHandler failures,
			AccountRepository accounts, SingleSignOn singleSignOn) throws Exception {
		if (singleSignOn.enabled()) {
			// Switched on by configuring a client under
			// spring.security.oauth2.client.registration
			http.oauth2Login(
					login -> login.loginPage("/sign-in").successHandler(singleSignOn).failureHandler(singleSignOn));
		}
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(STATIC_ASSETS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationManager(signIn)
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(new SignInSuccessHandler())
				.failureHandler(failures)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
			.exceptionHandling(exceptions -> exceptions
				// Every anonymous request goes to the sign-in page, whatever it accepts.
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")))
			.addFilterBefore(new SignInStateFilter(accounts), AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.frameOptions(frames -> frames.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The ways to sign in: a password checked while the username is not locked, and, when
	 * an identity provider is configured, OpenID Connect. There is deliberately no parent
	 * manager, which would check the password again without the lock.
	 */
	@Bean
	AuthenticationManager signInManager(AccountUserDetailsService accounts, PasswordEncoder passwords,
			SignInThrottle throttle, SingleSignOn singleSignOn) {
		DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(accounts);
		checkPassword.setPasswordEncoder(passwords);
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new ThrottledAuthenticationProvider(checkPassword, throttle));
		if (singleSignOn.enabled()) {
			providers.add(new OidcAuthorizationCodeAuthenticationProvider(
					new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
		}
		return new ProviderManager(providers);
	}

}
