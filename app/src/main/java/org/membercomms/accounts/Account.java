package org.membercomms.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.membercomms.members.MemberId;
import org.membercomms.system.DisplayNamed;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person who may sign in, as Spring Security sees them.
 *
 * @param id the account's id
 * @param username the sign-in name, lower case
 * @param displayName the name shown to people
 * @param email the person's email address
 * @param passwordHash the hashed password, or {@code null} before the person has set one
 * @param enabled whether the person may sign in
 * @param roles what the person does
 * @param secondFactor whether the person has set up a time-based one-time code
 * @param memberId the Member in the directory this account belongs to, if any
 * @param sessionGeneration raised to end every session signed in before
 */
record Account(AccountId id, String username, String displayName, String email, String passwordHash, boolean enabled,
		Set<Role> roles, boolean secondFactor, MemberId memberId,
		int sessionGeneration) implements UserDetails, DisplayNamed {

	Account {
		roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	/**
	 * A new account, before any session.
	 */
	Account(AccountId id, String username, String displayName, String email, String passwordHash, boolean enabled,
			Set<Role> roles, boolean secondFactor, MemberId memberId) {
		this(id, username, displayName, email, passwordHash, enabled, roles, secondFactor, memberId, 0);
	}

	/**
	 * @return whether one of the person's roles needs a one-time code at sign-in
	 */
	boolean needsSecondFactor() {
		return this.roles.stream().anyMatch(Role::needsSecondFactor);
	}

	/**
	 * @return whether the person must set up a one-time code before doing anything else
	 */
	boolean mustSetUpSecondFactor() {
		return needsSecondFactor() && !this.secondFactor;
	}

	AccountSummary summary() {
		return new AccountSummary(this.id, this.username, this.displayName, this.email, this.roles, this.enabled,
				this.secondFactor, this.passwordHash != null, this.memberId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(Role::authority).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "Account[" + this.username + "]"; // never the password hash
	}

}
