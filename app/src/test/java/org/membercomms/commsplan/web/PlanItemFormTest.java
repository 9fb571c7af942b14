package org.membercomms.commsplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.commsplan.PlanChannel;
import org.membercomms.commsplan.PlanItemDetails;
import org.membercomms.commsplan.PlanItemKind;
import org.membercomms.system.CouncilTime;
import org.membercomms.system.FieldError;

class PlanItemFormTest {

	static final String SCHOOLS = "a0000000-0000-4000-8000-0000000001a2";

	static PlanItemForm form(List<String> priorities, String publishDate, String endDate) {
		return new PlanItemForm("EVENT", "Open day", "Schools open their doors", "", "Come along", priorities,
				List.of("NEWSLETTER"), "", "Jordan Ashby", "Children's services", publishDate, "10:30", endDate,
				"planned");
	}

	@Test
	void readsTheDetailsInCouncilTime() {
		PlanItemForm form = form(List.of(SCHOOLS), "2027-07-01", "2027-07-03");
		assertThat(form.problems()).isEmpty();
		PlanItemDetails details = form.toDetails();
		assertThat(details.kind()).isEqualTo(PlanItemKind.EVENT);
		assertThat(details.channels()).containsExactly(PlanChannel.NEWSLETTER);
		assertThat(ZonedDateTime.ofInstant(details.publishAt(), CouncilTime.ZONE).toString())
			.startsWith("2027-07-01T10:30+01:00");
		assertThat(details.keyMessages()).isNull();
	}

	@Test
	void needsAPriorityAndRealDatesInOrder() {
		assertThat(form(List.of(), "2027-07-01", "").problems()).extracting(FieldError::field)
			.containsExactly("priorities");
		assertThat(form(List.of("not-an-id"), "2027-07-01", "").problems()).extracting(FieldError::field)
			.containsExactly("priorities");
		assertThat(form(List.of(SCHOOLS), "2027-02-30", "").problems()).extracting(FieldError::field)
			.containsExactly("publishDate");
		assertThat(form(List.of(SCHOOLS), "2027-07-01", "2027-06-30").problems()).extracting(FieldError::message)
			.containsExactly("The end must be on or after the day it goes out");
	}

}
