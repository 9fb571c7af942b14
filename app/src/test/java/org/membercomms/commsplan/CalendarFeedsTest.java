package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's iCalendar feed of the plan: served without a session at its secret address,
 * valid by iCal4j's own validator with one DTSTAMP per event and folded lines; revoked,
 * it is not found; renewed, the new address works and the old one does not.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class CalendarFeedsTest {

	private static final String FEED = "/comms-plan/calendar/feed/";

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	PlanItems items;

	@Autowired
	StrategicPlan plan;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesAFeedThatParsesBackAndPassesICal4jsValidator() throws Exception {
		PlanItemId id = as("comms", "COMMS_OFFICER", () -> this.items.create(
				item("Spring clean of the parks",
						"Volunteers and park rangers clear litter from every park in the town over two weekends, "
								+ "with skips, litter pickers and gloves provided, and a celebration in Albert Park."),
				true));
		NewCalendarFeed feed = this.feeds.renew("democratic");

		String body = this.mvc.perform(get(FEED + feed.secret() + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		ValidationResult result = calendar.validate();
		assertThat(result.hasErrors()).as(result.toString()).isFalse();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).allSatisfy(event -> assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1));
		VEvent event = events.stream()
			.filter(each -> each.getRequiredProperty(Property.UID).getValue().equals(id + "@membercomms"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("Spring clean of the parks");
		assertThat(event.getRequiredProperty(Property.DESCRIPTION).getValue()).contains("Albert Park",
				"Priorities: Place: The town centre");
		assertThat(event.getRequiredProperty(Property.URL).getValue()).endsWith("/comms-plan/items/" + id);
		assertThat(body.split("\r\n")).as("every line folded to 75 octets")
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(body).contains("\r\n ");
	}

	@Test
	void revokedFeedIsNotFoundAndARenewedOneWorks() throws Exception {
		NewCalendarFeed first = this.feeds.renew("monitoring");
		this.mvc.perform(get(FEED + first.secret() + ".ics")).andExpect(status().isOk());

		NewCalendarFeed second = this.feeds.renew("monitoring");
		this.mvc.perform(get(FEED + first.secret() + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get(FEED + second.secret() + ".ics")).andExpect(status().isOk());

		assertThat(this.feeds.revoke("monitoring")).isTrue();
		this.mvc.perform(get(FEED + second.secret() + ".ics")).andExpect(status().isNotFound());
		assertThat(this.feeds.of("monitoring")).isEmpty();
		assertThat(this.jdbc
			.sql("select action from audit_entry where record_type = 'calendar feed' "
					+ "and record_id in (:first, :second) order by action")
			.param("first", first.id().toString())
			.param("second", second.id().toString())
			.query(String.class)
			.list()).containsExactly("created", "created", "renewed", "revoked");
		assertThat(this.jdbc.sql("select count(*) from plan_calendar_feed where secret_hash in (:secrets)")
			.param("secrets", List.of(first.secret(), second.secret()))
			.query(Long.class)
			.single()).as("no secret is stored as it is").isZero();
	}

	@Test
	void opensNothingButTheFeed() throws Exception {
		this.mvc.perform(get(FEED + "not-a-secret.ics")).andExpect(status().isNotFound());
		this.mvc.perform(post(FEED + this.feeds.renew("comms2").secret() + ".ics").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(FEED + this.feeds.renew("member").secret() + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/comms-plan/calendar")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/comms-plan/calendar/feeds")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/comms-plan/calendar/feeds").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	private PlanItemDetails item(String title, String summary) {
		PriorityId townCentre = this.plan.allPriorities()
			.stream()
			.filter(priority -> priority.name().equals("The town centre")
					&& priority.period().equals("Strategic Plan 2021-2024"))
			.findFirst()
			.orElseThrow()
			.id();
		Instant at = Instant.now().plus(Duration.ofDays(10));
		return new PlanItemDetails(PlanItemKind.EVENT, title, summary, null, "Come and help.", Set.of(townCentre),
				Set.of(PlanChannel.COUNCIL_WEBSITE), "Residents", "Jordan Ashby", "Environment", at,
				at.plus(Duration.ofDays(9)));
	}

}
