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
 * with their passwords and the fixed second-factor keys of the two roles that need one,
 * in the README. Nothing here runs outside the demo profile.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoAccount(String username, String displayName, String password, Role role, String secondFactorKey) {

		DemoAccount(String username, String displayName, String password, Role role) {
			this(username, displayName, password, role, null);
		}

	}

	/** The administrator's fixed second-factor key (base 32), as in the README. */
	static final String ADMIN_KEY = "DEMOADMINSECRETKEYFORMEMBERCOMMS";

	/** The Monitoring Officer's fixed second-factor key (base 32), as in the README. */
	static final String MONITORING_KEY = "DEMOMONITORINGOFFICERSECRETKEYMC";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("member", "Cllr Rowan Fenwick", "demo-member-password", Role.MEMBER),
			new DemoAccount("member2", "Cllr Desmond Oyelaran", "demo-member2-password", Role.MEMBER),
			new DemoAccount("comms", "Jordan Ashby", "demo-comms-password", Role.COMMS_OFFICER),
			new DemoAccount("comms2", "Ellis Marchetti", "demo-comms2-password", Role.COMMS_OFFICER),
			new DemoAccount("democratic", "Priya Calder", "demo-democratic-password", Role.DEMOCRATIC_SERVICES),
			new DemoAccount("monitoring", "Morgan Hale", "demo-monitoring-password", Role.MONITORING_OFFICER,
					MONITORING_KEY),
			new DemoAccount("independent", "Sam Lyle", "demo-independent-password", Role.INDEPENDENT_PERSON),
			new DemoAccount("admin", "Casey Brandt", "demo-admin-password", Role.ADMIN, ADMIN_KEY));

	private final Accounts accounts;

	private final AccountSetUp setUp;

	DemoAccounts(Accounts accounts, AccountSetUp setUp) {
		this.accounts = accounts;
		this.setUp = setUp;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoAccount demo : ACCOUNTS) {
			if (this.accounts.openIfAbsent(demo.username(), demo.displayName(), demo.username() + "@example.org",
					demo.password(), Set.of(demo.role()))) {
				log.info("Opened demo account '{}' ({})", demo.username(), demo.role().title());
			}
			if (demo.secondFactorKey() != null) {
				this.setUp.giveDemoSecondFactor(demo.username(), demo.secondFactorKey());
			}
		}
	}

}
