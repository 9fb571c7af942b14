package org.membercomms.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;
import org.membercomms.audit.FieldChange;

import org.springframework.stereotype.Component;

/**
 * Writes the changes to accounts to the audit trail, in the transaction of the change;
 * secrets (passwords, second-factor keys) only as having changed.
 */
@Component
class AccountTrail {

	static final String RECORD_TYPE = "account";

	private final AuditTrail audit;

	AccountTrail(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * An account was opened: what it holds, never its secrets.
	 */
	void opened(Account account) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", account.username());
		fields.put("name", account.displayName());
		fields.put("email", account.email());
		fields.put("roles", names(account.roles()));
		fields.put("enabled", account.enabled() ? "yes" : "no");
		record(account.id(), "created", Changes.between(Map.of(), fields));
	}

	/**
	 * The account's roles changed.
	 */
	void rolesChanged(AccountId id, String action, Set<Role> before, Set<Role> after) {
		record(id, action, List.of(FieldChange.of("roles", names(before), names(after))));
	}

	/**
	 * A secret of the account changed: the trail says so, and holds neither value.
	 */
	void secretChanged(AccountId id, String action, String secret) {
		record(id, action, List.of(FieldChange.secret(secret)));
	}

	void record(AccountId id, String action, List<FieldChange> changes) {
		this.audit.record(RECORD_TYPE, id, action, changes);
	}

	private static String names(Set<Role> roles) {
		return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}

}
