package org.membercomms.system;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Builds the {@link Page} for a request.
 */
@Component
class Pages {

	private final CouncilSettings council;

	private final List<Navigation> navigation;

	private final List<Banner> banners;

	Pages(CouncilSettings council, List<Navigation> navigation, List<Banner> banners) {
		this.council = council;
		this.navigation = navigation;
		this.banners = banners;
	}

	Page pageFor(HttpServletRequest request) {
		Authentication person = signedIn(SecurityContextHolder.getContext().getAuthentication());
		List<NavigationLink> links = (person != null) ? this.navigation.stream()
			.flatMap(contributor -> contributor.linksFor(person).stream())
			.sorted(Comparator.comparingInt(NavigationLink::order))
			.toList() : List.of();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object notice = (flash != null) ? flash.get("notice") : null;
		return new Page(this.council, ContentSecurityPolicyFilter.nonceOf(request), path, nameOf(person), links,
				(CsrfToken) request.getAttribute(CsrfToken.class.getName()),
				(notice != null) ? notice.toString() : null,
				(person != null) ? bannersFor(person, "/home".equals(path)) : List.of());
	}

	private List<Banner.Message> bannersFor(Authentication person, boolean home) {
		return this.banners.stream()
			.flatMap(banner -> Stream.concat(banner.messagesFor(person).stream(),
					home ? banner.homeMessagesFor(person).stream() : Stream.empty()))
			.toList();
	}

	private static Authentication signedIn(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

	private static String nameOf(Authentication person) {
		if (person == null) {
			return null;
		}
		return (person.getPrincipal() instanceof DisplayNamed named) ? named.displayName() : person.getName();
	}

}
