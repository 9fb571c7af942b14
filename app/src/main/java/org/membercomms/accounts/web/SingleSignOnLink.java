package org.membercomms.accounts.web;

/**
 * A button on the sign-in page that signs in through the council's identity provider.
 *
 * @param label what the button says, from the registration's client name
 * @param href where it starts
 */
public record SingleSignOnLink(String label, String href) {
}
