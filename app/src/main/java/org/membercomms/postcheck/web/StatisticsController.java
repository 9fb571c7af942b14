package org.membercomms.postcheck.web;

import org.membercomms.postcheck.CheckStatistics;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The checker's figures for the communications team and Democratic Services.
 */
@Controller
class StatisticsController {

	private final CheckStatistics statistics;

	StatisticsController(CheckStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/check-figures")
	@PreAuthorize(PostCheckRoles.FIGURE_READERS)
	String figures(Model model) {
		model.addAttribute("figures", this.statistics.lastWeeks());
		return "postcheck/figures";
	}

}
