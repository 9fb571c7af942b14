package org.membercomms.commsplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.membercomms.system.CouncilTime;

/**
 * Whether a plan item needs the Monitoring Officer's approval because it goes out during
 * a pre-election period (Local Government Act 1986 s.2; the Code of Recommended Practice
 * on Local Authority Publicity). It does when it goes out on a public council channel on
 * a day in a whole-council election's period and its copy mentions Members, candidates or
 * parties (the post checker's PRE_ELECTION finding) or its author or the Monitoring
 * Officer marked it as controversial; public safety and emergency information keeps its
 * exception. A ward's by-election does not flag items: an item names no area, so the
 * Monitoring Officer marks one about that ward as controversial if it needs them. See ADR
 * 28.
 *
 * @param election the election whose period the item goes out in, or {@code null}
 * @param reasons why the item is sensitive in that period, none if it is not
 * @param publicSafety whether it is marked as public safety or emergency information
 */
public record PreElectionFlag(String election, List<String> reasons, boolean publicSafety) {

	/** The channels the public sees; a Members' briefing is internal. */
	static final Set<PlanChannel> PUBLIC_CHANNELS = Set.of(PlanChannel.PRESS_RELEASE, PlanChannel.COUNCIL_WEBSITE,
			PlanChannel.COUNCIL_SOCIAL_MEDIA, PlanChannel.NEWSLETTER);

	static final String NAMES_POLITICS = "its copy mentions Members, candidates or parties";

	static final String AUTHOR_CONTROVERSIAL = "its author marked it as controversial";

	static final String MONITORING_OFFICER_CONTROVERSIAL = "the Monitoring Officer marked it as controversial";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public PreElectionFlag {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The rule.
	 * @param details the item
	 * @param copyNamesPolitics whether the post checker found a PRE_ELECTION problem in
	 * the copy
	 * @param marks what the author and the Monitoring Officer said
	 * @param elections every election entered
	 * @return the flag
	 */
	static PreElectionFlag review(PlanItemDetails details, boolean copyNamesPolitics, PreElectionMarks marks,
			List<Election> elections) {
		if (details.channels().stream().noneMatch(PUBLIC_CHANNELS::contains)) {
			return new PreElectionFlag(null, List.of(), marks.publicSafety());
		}
		LocalDate day = LocalDate.ofInstant(details.publishAt(), CouncilTime.ZONE);
		Election election = elections.stream()
			.filter(it -> it.details().wholeCouncil() && it.details().period().contains(day))
			.findFirst()
			.orElse(null);
		if (election == null) {
			return new PreElectionFlag(null, List.of(), marks.publicSafety());
		}
		List<String> reasons = new ArrayList<>();
		if (copyNamesPolitics) {
			reasons.add(NAMES_POLITICS);
		}
		if (marks.controversialByAuthor()) {
			reasons.add(AUTHOR_CONTROVERSIAL);
		}
		if (marks.controversialByMonitoringOfficer()) {
			reasons.add(MONITORING_OFFICER_CONTROVERSIAL);
		}
		return new PreElectionFlag(name(election), reasons, marks.publicSafety());
	}

	private static String name(Election election) {
		return "the " + election.details().kind().title().toLowerCase(Locale.ROOT) + " on "
				+ DAY.format(election.details().pollDate());
	}

	/**
	 * @return whether the item goes out during a pre-election period
	 */
	public boolean inPeriod() {
		return this.election != null;
	}

	/**
	 * @return whether only the Monitoring Officer may approve the item
	 */
	public boolean flagged() {
		return inPeriod() && !this.reasons.isEmpty() && !this.publicSafety;
	}

	/**
	 * @return why a communications officer cannot approve it
	 */
	public String refusal() {
		return "This item goes out during the pre-election period for " + this.election + " and "
				+ String.join(" and ", this.reasons) + ", so only the Monitoring Officer can approve it";
	}

}
