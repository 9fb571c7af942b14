package org.membercomms.commsplan.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.Accounts;
import org.membercomms.accounts.Role;
import org.membercomms.commsplan.CalendarFeeds;
import org.membercomms.commsplan.NewCalendarFeed;
import org.membercomms.commsplan.PlanItems;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.commsplan.StrategicPlan;
import org.membercomms.system.Authorities;
import org.membercomms.system.CouncilSettings;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's iCalendar feed of the plan: the page where they create, renew and revoke its
 * secret address (shown once), and the feed itself, which a calendar program fetches
 * without a session, by the secret alone.
 */
@Controller
class CalendarFeedController {

	static final String FEED_PATH = "/comms-plan/calendar/feed/";

	private final CalendarFeeds feeds;

	private final PlanItems items;

	private final StrategicPlan plan;

	private final PlanItemsCalendar calendar;

	private final CouncilSettings council;

	private final Accounts accounts;

	CalendarFeedController(CalendarFeeds feeds, PlanItems items, StrategicPlan plan, PlanItemsCalendar calendar,
			CouncilSettings council, Accounts accounts) {
		this.accounts = accounts;
		this.feeds = feeds;
		this.items = items;
		this.plan = plan;
		this.calendar = calendar;
		this.council = council;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping("/comms-plan/calendar/feeds")
	String page(Authentication person, Model model) {
		model.addAttribute("feed", this.feeds.of(person.getName()).orElse(null));
		Object shown = model.getAttribute("secret");
		model.addAttribute("address", (shown != null) ? this.council.link(FEED_PATH + shown + ".ics") : null);
		return "commsplan/calendarFeeds";
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@PostMapping("/comms-plan/calendar/feeds")
	String renew(Authentication person, RedirectAttributes redirect) {
		NewCalendarFeed feed = this.feeds.renew(person.getName());
		redirect.addFlashAttribute("secret", feed.secret());
		return "redirect:/comms-plan/calendar/feeds";
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@PostMapping("/comms-plan/calendar/feeds/revoke")
	String revoke(Authentication person, RedirectAttributes redirect) {
		if (this.feeds.revoke(person.getName())) {
			redirect.addFlashAttribute("notice", "Your calendar feed has been turned off. Its address no longer works");
		}
		return "redirect:/comms-plan/calendar/feeds";
	}

	/**
	 * The feed, public but found only by its secret: an unknown or revoked secret is not
	 * found, and nor is the feed of someone whose account is disabled or who may no
	 * longer read the plan.
	 */
	@GetMapping(FEED_PATH + "{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		boolean reader = this.feeds.ownerOf(secret)
			.flatMap(this.accounts::findByUsername)
			.filter(AccountSummary::enabled)
			.filter(CalendarFeedController::readsThePlan)
			.isPresent();
		if (!reader) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
		}
		Map<PriorityId, Priority> known = this.plan.allPriorities()
			.stream()
			.collect(Collectors.toMap(Priority::id, Function.identity()));
		String body = this.calendar.write(this.calendar.of(this.items.all(), known));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(body);
	}

	private static boolean readsThePlan(AccountSummary owner) {
		return Authorities.allows(UsernamePasswordAuthenticationToken.authenticated(owner.username(), null,
				owner.roles().stream().map(Role::authority).toList()), CommsPlanRoles.READERS);
	}

}
