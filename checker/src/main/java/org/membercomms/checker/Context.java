package org.membercomms.checker;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checker may know about a post besides its content. Every field is optional:
 * rules that need a field stay silent without it.
 *
 * @param committees the author's committees, upper case (e.g. PLANNING, LICENSING)
 * @param channel the account the post goes out on, or null
 * @param date the day it would be published, or null
 * @param preElectionPeriods configured pre-election periods
 * @param earlierPosts the author's recent earlier posts, newest first
 */
public record Context(Set<String> committees, Channel channel, LocalDate date,
		List<PreElectionPeriod> preElectionPeriods, List<String> earlierPosts) {

	private static final Context EMPTY = new Context(Set.of(), null, null, List.of(), List.of());

	public Context {
		committees = committees == null ? Set.of()
				: committees.stream().map((c) -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		preElectionPeriods = preElectionPeriods == null ? List.of() : List.copyOf(preElectionPeriods);
		earlierPosts = earlierPosts == null ? List.of() : List.copyOf(earlierPosts);
	}

	/**
	 * No context at all: what {@code classify} uses.
	 * @return the empty context
	 */
	public static Context empty() {
		return EMPTY;
	}

	/**
	 * This context with another channel and date.
	 * @param channel the account
	 * @param date the day of publication
	 * @return a copy
	 */
	public Context on(Channel channel, LocalDate date) {
		return new Context(this.committees, channel, date, this.preElectionPeriods, this.earlierPosts);
	}

	/**
	 * This context with pre-election periods.
	 * @param periods the periods
	 * @return a copy
	 */
	public Context withPreElectionPeriods(List<PreElectionPeriod> periods) {
		return new Context(this.committees, this.channel, this.date, periods, this.earlierPosts);
	}

	/**
	 * This context with the author's earlier posts.
	 * @param posts earlier posts, newest first
	 * @return a copy
	 */
	public Context withEarlierPosts(List<String> posts) {
		return new Context(this.committees, this.channel, this.date, this.preElectionPeriods, posts);
	}

	/**
	 * This context with the author's committees.
	 * @param names committee names
	 * @return a copy
	 */
	public Context withCommittees(Set<String> names) {
		return new Context(names, this.channel, this.date, this.preElectionPeriods, this.earlierPosts);
	}

	/**
	 * Whether the post would go out during a pre-election period.
	 * @return true when the date is known and falls in a configured period
	 */
	public boolean inPreElectionPeriod() {
		return this.date != null && this.preElectionPeriods.stream().anyMatch((p) -> p.contains(this.date));
	}

}
