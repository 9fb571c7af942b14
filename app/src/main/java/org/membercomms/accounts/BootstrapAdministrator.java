package org.membercomms.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a new installation. When {@code membercomms.bootstrap-admin}
 * ({@code MEMBERCOMMS_BOOTSTRAP_ADMIN}) is {@code username:email} and no administrator
 * exists yet, opens that account with no password and issues a one-time link to set one:
 * emailed, and written to the log for an installation whose email is not set up yet. Once
 * any administrator exists it does nothing, so the variable may stay set. There is never
 * a default password.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final AccountSetUp accounts;

	private final String setting;

	BootstrapAdministrator(AccountSetUp accounts, @Value("${membercomms.bootstrap-admin:}") String setting) {
		this.accounts = accounts;
		this.setting = setting;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.setting)) {
			return;
		}
		int colon = this.setting.indexOf(':');
		String username = (colon > 0) ? this.setting.substring(0, colon).strip() : "";
		String email = (colon > 0) ? this.setting.substring(colon + 1).strip() : "";
		if (username.isEmpty() || !email.contains("@")) {
			throw new IllegalStateException(
					"membercomms.bootstrap-admin (MEMBERCOMMS_BOOTSTRAP_ADMIN) must be username:email, for example admin:it.support@example.org");
		}
		this.accounts.bootstrapAdministrator(username, email)
			.ifPresentOrElse(
					link -> log.warn("Opened the first administrator account '{}'. Set its password within the link's "
							+ "lifetime, once, at: {}", username, link),
					() -> log.info("An administrator exists: membercomms.bootstrap-admin has nothing to do"));
	}

}
