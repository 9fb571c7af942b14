package org.membercomms.commsplan.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.membercomms.commsplan.PlanItem;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.system.CouncilSettings;

import org.springframework.stereotype.Component;

/**
 * Writes plan items as an iCalendar: one event per item, whose UID stays the same as the
 * item changes, with one DTSTAMP, the item's times, its summary and priorities, and a
 * link to its page. iCal4j folds the long lines.
 */
@Component
class PlanItemsCalendar {

	static final String PRODUCT = "-//MemberComms//Communications plan//EN";

	/** How long an item with no end is shown for. */
	private static final Duration WITHOUT_END = Duration.ofHours(1);

	private final CouncilSettings council;

	private final Clock clock;

	PlanItemsCalendar(CouncilSettings council, Clock clock) {
		this.council = council;
		this.clock = clock;
	}

	Calendar of(List<PlanItem> items, Map<PriorityId, Priority> known) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		Instant now = this.clock.instant();
		for (PlanItem item : items) {
			if (item.details().publishAt() != null) {
				calendar.add(event(item, known, now));
			}
		}
		return calendar;
	}

	String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private VEvent event(PlanItem item, Map<PriorityId, Priority> known, Instant now) {
		Instant start = item.details().publishAt();
		Instant end = item.details().endsAt();
		if (end == null || !end.isAfter(start)) {
			end = start.plus(WITHOUT_END);
		}
		VEvent event = new VEvent(start, end, item.details().title());
		event.replace(new DtStamp(now));
		event.add(new Uid(item.id() + "@membercomms"));
		event.add(new Description(description(item, known)));
		event.add(new Url(java.net.URI.create(this.council.link("/comms-plan/items/" + item.id()))));
		return event;
	}

	private static String description(PlanItem item, Map<PriorityId, Priority> known) {
		String priorities = String.join("; ",
				item.details()
					.priorities()
					.stream()
					.map(id -> known.containsKey(id) ? known.get(id).label() : id.toString())
					.sorted()
					.toList());
		String summary = (item.details().summary() != null) ? item.details().summary() : "";
		return summary + "\nPriorities: " + priorities + "\nStatus: " + item.status().title();
	}

}
