package org.membercomms.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person does in MemberComms. A person may hold several roles; the first in this
 * order decides which home page they see.
 */
public enum Role {

	ADMIN("System administrator"),

	MONITORING_OFFICER("Monitoring Officer"),

	INDEPENDENT_PERSON("Independent Person"),

	DEMOCRATIC_SERVICES("Democratic Services officer"),

	COMMS_OFFICER("Marketing and Communications officer"),

	MEMBER("Councillor");

	private final String title;

	Role(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/**
	 * @return the authority Spring Security checks, e.g. {@code ROLE_MEMBER}
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/**
	 * @return whether a person with this role must use a one-time code as well as a
	 * password
	 */
	boolean needsSecondFactor() {
		return this == ADMIN || this == MONITORING_OFFICER;
	}

}
