package org.membercomms.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages anyone may read without signing in.
 */
@Controller
class PublicPagesController {

	@GetMapping("/")
	String start() {
		return "system/start";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "system/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "system/cookies";
	}

}
