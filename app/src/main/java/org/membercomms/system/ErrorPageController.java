package org.membercomms.system;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as a plain page with a reference id that the service desk can find
 * in the log. No technical detail reaches the page.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final Pages pages;

	ErrorPageController(Pages pages) {
		this.pages = pages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		String reference = newReference();
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status.is5xxServerError()) {
			log.error("Error reference {}: {} on {}", reference, status.value(), uri, failure);
		}
		else {
			log.info("Error reference {}: {} on {}", reference, status.value(), uri);
		}
		response.setStatus(status.value());
		String view = switch (status) {
			case FORBIDDEN -> "system/forbidden";
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "system/notFound";
			case CONTENT_TOO_LARGE -> "system/tooLarge";
			default -> status.is4xxClientError() ? "system/badRequest" : "system/serverError";
		};
		return new ModelAndView(view, Map.of("page", this.pages.pageFor(request), "reference", reference), status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String newReference() {
		return HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 8);
	}

}
