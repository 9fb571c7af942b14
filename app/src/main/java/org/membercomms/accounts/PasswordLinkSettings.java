package org.membercomms.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The emailed one-time links to set a password.
 *
 * @param baseUrl the address people reach MemberComms at, which starts every link
 * @param expiresAfter how long a link works
 */
@ConfigurationProperties("membercomms.accounts.password-link")
record PasswordLinkSettings(String baseUrl, Duration expiresAfter) {

	PasswordLinkSettings {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		expiresAfter = (expiresAfter == null) ? Duration.ofHours(1) : expiresAfter;
	}

	String linkFor(String token) {
		return this.baseUrl + "/set-password/" + token;
	}

}
