package org.membercomms.system;

import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout of every page needs: the council, the script nonce, the CSRF token for
 * forms, who is signed in and the service navigation.
 *
 * @param council the council running the service
 * @param nonce the Content-Security-Policy nonce for this response's scripts
 * @param path the path of the page, to mark the current navigation item
 * @param signedInAs the signed-in person's name, or {@code null} when nobody is signed in
 * @param navigation the service navigation links for this person
 * @param csrf the CSRF token, loaded only when a form asks for it
 * @param notice a message confirming what the person just did, or {@code null}
 * @param banners messages the modules have for this person, shown until they act on them
 */
public record Page(CouncilSettings council, String nonce, String path, String signedInAs,
		List<NavigationLink> navigation, CsrfToken csrf, String notice, List<Banner.Message> banners) {

	public boolean signedIn() {
		return this.signedInAs != null;
	}

	public String csrfParameter() {
		return (this.csrf != null) ? this.csrf.getParameterName() : "_csrf";
	}

	public String csrfToken() {
		return (this.csrf != null) ? this.csrf.getToken() : "";
	}

	public boolean isCurrent(NavigationLink link) {
		return this.path.equals(link.href()) || this.path.startsWith(link.href() + "/");
	}

}
