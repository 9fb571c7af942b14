package org.membercomms.commsplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.membercomms.commsplan.PlanChannel;
import org.membercomms.commsplan.PlanItems;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.system.CouncilTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan on a calendar: a month's grid and a list by day, both narrowed by priority,
 * channel and directorate with a plain form whose choices stay in the address.
 */
@Controller
class PlanCalendarController {

	private final PlanItems items;

	private final PlanItemPages pages;

	private final Clock clock;

	PlanCalendarController(PlanItemPages pages, Clock clock) {
		this.items = pages.items();
		this.pages = pages;
		this.clock = clock;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping("/comms-plan/calendar")
	String month(@RequestParam(required = false) String month, @ModelAttribute CalendarFilter filter, Model model) {
		YearMonth shown = parse(month);
		Map<LocalDate, List<PlanItemView>> byDay = byDay(filter);
		model.addAttribute("calendar", CalendarMonth.of(shown, byDay));
		return form(model, filter, "commsplan/calendarMonth");
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping("/comms-plan/calendar/list")
	String list(@ModelAttribute CalendarFilter filter, Model model) {
		model.addAttribute("days", byDay(filter));
		return form(model, filter, "commsplan/calendarList");
	}

	private String form(Model model, CalendarFilter filter, String view) {
		Map<PriorityId, Priority> known = this.pages.priorities();
		model.addAttribute("filter", filter);
		model.addAttribute("priorities",
				known.values().stream().sorted((a, b) -> a.label().compareTo(b.label())).toList());
		model.addAttribute("channels", List.of(PlanChannel.values()));
		model.addAttribute("directorates",
				this.items.all()
					.stream()
					.map(item -> item.details().directorate())
					.filter(directorate -> directorate != null && !directorate.isBlank())
					.map(String::strip)
					.distinct()
					.sorted()
					.toList());
		return view;
	}

	private Map<LocalDate, List<PlanItemView>> byDay(CalendarFilter filter) {
		Map<PriorityId, Priority> known = this.pages.priorities();
		Map<LocalDate, List<PlanItemView>> days = new TreeMap<>();
		this.items.all()
			.stream()
			.filter(filter::matches)
			.filter(item -> item.details().publishAt() != null)
			.forEach(item -> days
				.computeIfAbsent(LocalDate.ofInstant(item.details().publishAt(), CouncilTime.ZONE),
						day -> new java.util.ArrayList<>())
				.add(PlanItemView.of(item, known)));
		return new LinkedHashMap<>(days);
	}

	private YearMonth parse(String month) {
		if (month != null) {
			try {
				return YearMonth.parse(month);
			}
			catch (DateTimeParseException ex) {
				// An address typed by hand shows this month.
			}
		}
		return YearMonth.now(this.clock.withZone(CouncilTime.ZONE));
	}

}
