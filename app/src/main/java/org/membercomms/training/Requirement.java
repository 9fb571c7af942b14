package org.membercomms.training;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.membercomms.members.Committee;
import org.membercomms.members.Member;

/**
 * A course Democratic Services require Members to take, and who must take it.
 *
 * @param id the requirement
 * @param course the course's title ("Social media and the Code of Conduct")
 * @param allMembers whether every serving Member must take it
 * @param committees otherwise, the committees whose Members must take it
 * @param validityMonths how long a completion stays valid
 * @param windowDays how many days before expiry recertification opens
 * @param dueAfterMonths how long a Member who is not newly elected has after assignment
 * @param eLearning whether passing the e-learning completes it
 */
public record Requirement(RequirementId id, String course, boolean allMembers, Set<Committee> committees,
		int validityMonths, int windowDays, int dueAfterMonths, boolean eLearning) {

	public Requirement {
		committees = committees.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(committees));
	}

	/**
	 * @param member a Member in the directory
	 * @return whether they must take this course now
	 */
	public boolean appliesTo(Member member) {
		return !member.isRetired()
				&& (this.allMembers || member.committees().stream().anyMatch(this.committees::contains));
	}

	/**
	 * @return who must take it, in words
	 */
	public String audience() {
		if (this.allMembers) {
			return "All Members";
		}
		return "Members of "
				+ EnumSet.copyOf(this.committees).stream().map(Committee::title).collect(Collectors.joining(", "))
				+ (this.committees.size() == 1 ? " Committee" : " committees");
	}

	Validity validity() {
		return new Validity(this.validityMonths, this.windowDays);
	}

	String committeeCodes() {
		return this.committees.isEmpty() ? ""
				: EnumSet.copyOf(this.committees).stream().map(Committee::name).collect(Collectors.joining(","));
	}

	static Set<Committee> committeesFrom(String codes) {
		if (codes == null || codes.isBlank()) {
			return Set.of();
		}
		Set<Committee> committees = EnumSet.noneOf(Committee.class);
		for (String code : codes.split(",")) {
			committees.add(Committee.valueOf(code.strip()));
		}
		return committees;
	}

}
