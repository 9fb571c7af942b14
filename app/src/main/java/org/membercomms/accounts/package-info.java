/**
 * Who may use MemberComms and what they may do: accounts, their roles and their link to a
 * Member, signing in and out (passwords, one-time links to set one, two-factor
 * authentication, single sign-on through the council's identity provider), the throttling
 * of repeated failed sign-ins, and the security configuration of the whole application
 * (which requests need a signed-in person). The front doors are {@code Accounts}
 * (administration), {@code PasswordLinks}, {@code SecondFactors} and {@code SignInSteps};
 * the pages (controllers, forms, each role's home page, the navigation and who may manage
 * accounts) live in the {@code web} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.membercomms.accounts;
