package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.system.CouncilTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The calendar's month and list views show items on their day and narrow them by
 * priority, channel and directorate, with the choices kept in the address.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class PlanCalendarTest {

	private static final YearMonth MONTH = YearMonth.of(2031, 3);

	@Autowired
	PlanItems items;

	@Autowired
	StrategicPlan plan;

	@Autowired
	MockMvc mvc;

	@Test
	void filtersNarrowTheCalendar() throws Exception {
		create("Schools eco week", "Schools", PlanChannel.NEWSLETTER, "Children's Services", 10);
		create("Market square reopens", "The town centre", PlanChannel.PRESS_RELEASE, "Regeneration", 12);

		assertThat(page(get("/comms-plan/calendar").param("month", MONTH.toString()))).contains("March 2031",
				"Schools eco week", "Market square reopens");
		assertThat(
				page(get("/comms-plan/calendar").param("month", MONTH.toString()).param("directorate", "Regeneration")))
			.contains("Market square reopens")
			.doesNotContain("Schools eco week")
			.contains("directorate=Regeneration");
		assertThat(page(get("/comms-plan/calendar/list").param("channel", "NEWSLETTER")))
			.contains("Monday 10 March 2031", "Schools eco week")
			.doesNotContain("Market square reopens");
		assertThat(page(
				get("/comms-plan/calendar/list").param("priority", priority("The town centre").value().toString())))
			.contains("Wednesday 12 March 2031", "Market square reopens")
			.doesNotContain("Schools eco week");
	}

	@Test
	void keepsMembersOut() throws Exception {
		this.mvc.perform(get("/comms-plan/calendar").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/comms-plan/calendar/list").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void create(String title, String priority, PlanChannel channel, String directorate, int day) {
		var at = LocalDate.of(MONTH.getYear(), MONTH.getMonth(), day)
			.atTime(LocalTime.of(10, 0))
			.atZone(CouncilTime.ZONE)
			.toInstant();
		as("comms", "COMMS_OFFICER",
				() -> this.items.create(new PlanItemDetails(PlanItemKind.ANNOUNCEMENT, title, "What is happening", null,
						"Copy.", Set.of(priority(priority)), Set.of(channel), "Residents", "Jordan Ashby", directorate,
						at, null), true));
	}

	private PriorityId priority(String name) {
		return this.plan.allPriorities()
			.stream()
			.filter(priority -> priority.name().equals(name) && priority.period().equals("Strategic Plan 2021-2024"))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
