package org.membercomms.accounts;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's accounts: one per role, every person fictional. They are listed,
 * with their passwords, in the README. Nothing here runs outside the demo profile.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoAccount(String username, String displayName, String password, Role role) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("member", "Cllr Rowan Fenwick", "demo-member-password", Role.MEMBER),
			new DemoAccount("comms", "Jordan Ashby", "demo-comms-password", Role.COMMS_OFFICER),
			new DemoAccount("democratic", "Priya Calder", "demo-democratic-password", Role.DEMOCRATIC_SERVICES),
			new DemoAccount("monitoring", "Morgan Hale", "demo-monitoring-password", Role.MONITORING_OFFICER),
			new DemoAccount("independent", "Sam Lyle", "demo-independent-password", Role.INDEPENDENT_PERSON),
			new DemoAccount("admin", "Casey Brandt", "demo-admin-password", Role.ADMIN));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoAccount demo : ACCOUNTS) {
			if (this.accounts.openIfAbsent(demo.username(), demo.displayName(), demo.username() + "@example.org",
					demo.password(), Set.of(demo.role()))) {
				log.info("Opened demo account '{}' ({})", demo.username(), demo.role().title());
			}
		}
	}

}
