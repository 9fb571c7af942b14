package org.membercomms.commsplan;

import java.time.Instant;
import java.util.Set;

/**
 * A plan item went out, for the modules that count coverage or brief Members.
 *
 * @param item the item
 * @param priorities the priorities it served
 * @param channels where it went out
 * @param at when it was marked published
 */
public record PlanItemPublished(PlanItemId item, Set<PriorityId> priorities, Set<PlanChannel> channels, Instant at) {
}
