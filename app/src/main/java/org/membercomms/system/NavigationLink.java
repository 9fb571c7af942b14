package org.membercomms.system;

/**
 * One item of the service navigation.
 *
 * @param label the link text
 * @param href where it goes
 * @param order where it stands: lower comes first
 */
public record NavigationLink(String label, String href, int order) {
}
