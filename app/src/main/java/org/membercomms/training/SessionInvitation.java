package org.membercomms.training;

import java.time.Instant;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A booking as an iCalendar invitation ({@code .ics}) for the Member's own calendar.
 * Times are in UTC, so no time zone definitions are needed; the UID is stable per
 * booking, so downloading it again updates the same calendar entry.
 */
final class SessionInvitation {

	private SessionInvitation() {
	}

	static String of(TrainingSession session, SessionPlace place, String councilName, Instant now) {
		VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.course());
		event.add(new Uid("training-booking-" + place.id() + "@membercomms"));
		event.add(new DtStamp(now));
		event.add(new Location(session.where()));
		StringBuilder description = new StringBuilder(
				councilName + " training for Members: " + session.course() + ". Run by " + session.runBy() + ".");
		if (session.onlineLink() != null) {
			description.append(" Join online: ").append(session.onlineLink());
			try {
				event.add(new Url(java.net.URI.create(session.onlineLink())));
			}
			catch (IllegalArgumentException ex) {
				// the link was checked when the session was scheduled; leave it out if
				// not
			}
		}
		event.add(new Description(description.toString()));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + councilName + "//MemberComms training//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method("PUBLISH"));
		calendar.add(event);
		return calendar.toString();
	}

}
