package org.membercomms.commsplan;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's working iCalendar feed of the plan. Its secret is never kept, only its hash.
 *
 * @param id the feed's id
 * @param createdAt when it was created or last renewed
 */
public record CalendarFeed(UUID id, Instant createdAt) {

}
