package org.membercomms.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page rendered by a controller the {@link Page} its layout needs.
 */
@ControllerAdvice
class PageAdvice {

	private final Pages pages;

	PageAdvice(Pages pages) {
		this.pages = pages;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request) {
		return this.pages.pageFor(request);
	}

}
