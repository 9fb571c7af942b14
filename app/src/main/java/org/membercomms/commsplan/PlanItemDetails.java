package org.membercomms.commsplan;

import java.time.Instant;
import java.util.Set;

/**
 * What the author says about a plan item.
 *
 * @param kind campaign, announcement, consultation or event
 * @param title its title
 * @param summary what it is about
 * @param keyMessages the messages it carries
 * @param copy the text that will be published, checked and approved
 * @param priorities the Strategic Plan priorities it serves, at least one
 * @param channels where it goes out
 * @param audiences who it is for
 * @param owner the officer responsible for it
 * @param directorate the directorate it comes from
 * @param publishAt when it is scheduled to go out
 * @param endsAt when it ends (a campaign, consultation or event), or {@code null}
 */
public record PlanItemDetails(PlanItemKind kind, String title, String summary, String keyMessages, String copy,
		Set<PriorityId> priorities, Set<PlanChannel> channels, String audiences, String owner, String directorate,
		Instant publishAt, Instant endsAt) {

	public PlanItemDetails {
		priorities = Set.copyOf(priorities);
		channels = Set.copyOf(channels);
	}

}
