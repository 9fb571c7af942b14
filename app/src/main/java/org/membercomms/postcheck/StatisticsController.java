package org.membercomms.postcheck;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The checker's figures for the communications team and Democratic Services.
 */
@Controller
class StatisticsController {

	static final String READERS = "hasAnyRole('COMMS_OFFICER', 'DEMOCRATIC_SERVICES')";

	private final CheckStatistics statistics;

	StatisticsController(CheckStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/check-figures")
	@PreAuthorize(READERS)
	String figures(Model model) {
		model.addAttribute("figures", this.statistics.lastWeeks());
		return "postcheck/figures";
	}

}
