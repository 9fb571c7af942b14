/**
 * Who may use MemberComms and what they may do: accounts, their roles, signing in and
 * out, the throttling of repeated failed sign-ins, each role's home page, and the
 * security configuration of the whole application (which requests need a signed-in
 * person).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.membercomms.accounts;
