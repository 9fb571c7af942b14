package org.membercomms.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.membercomms.system.DisplayNamed;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person who may sign in, as Spring Security sees them.
 */
record Account(UUID id, String username, String displayName, String passwordHash, boolean enabled,
		Set<Role> roles) implements UserDetails, DisplayNamed {

	Account {
		roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	/**
	 * @return the role that decides the home page: the first in {@link Role}'s order
	 */
	Role primaryRole() {
		return this.roles.stream().min(Enum::compareTo).orElseThrow();
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
