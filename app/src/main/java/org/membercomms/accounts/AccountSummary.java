package org.membercomms.accounts;

import java.util.Set;
import java.util.stream.Collectors;

import org.membercomms.members.MemberId;

/**
 * What other modules and the pages see of an account: never its secrets.
 *
 * @param id the account's id
 * @param username the sign-in name
 * @param displayName the person's name
 * @param email the person's email address
 * @param roles what the person does
 * @param enabled whether the person may sign in
 * @param secondFactor whether the person has set up a one-time code
 * @param passwordSet whether the person has set a password
 * @param memberId the linked Member in the directory, or {@code null}
 */
public record AccountSummary(AccountId id, String username, String displayName, String email, Set<Role> roles,
		boolean enabled, boolean secondFactor, boolean passwordSet, MemberId memberId) {

	/**
	 * @return the roles' titles, in {@link Role}'s order, for a page
	 */
	public String roleTitles() {
		return this.roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * @return the role that decides the person's home page: the first in {@link Role}'s
	 * order
	 */
	public Role primaryRole() {
		return this.roles.stream().min(Enum::compareTo).orElseThrow();
	}

	/**
	 * @return whether one of the person's roles needs a one-time code at sign-in and they
	 * have yet to set one up
	 */
	public boolean mustSetUpSecondFactor() {
		return this.roles.stream().anyMatch(Role::needsSecondFactor) && !this.secondFactor;
	}

}
