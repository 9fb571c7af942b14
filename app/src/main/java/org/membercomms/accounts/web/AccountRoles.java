package org.membercomms.accounts.web;

/**
 * Who may do what with accounts, as Spring Security expressions: the handlers enforce
 * them with {@code @PreAuthorize} and the navigation asks
 * {@code Authorities.allows(person, ...)}.
 */
final class AccountRoles {

	/**
	 * System administrators open accounts, give them roles, link them to Members, switch
	 * them off and on, send password links and remove lost second factors.
	 */
	static final String ADMINISTRATORS = "hasRole('ADMIN')";

	private AccountRoles() {
	}

}
