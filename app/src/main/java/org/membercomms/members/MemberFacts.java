package org.membercomms.members;

import java.util.List;

/**
 * Implemented by a module that owns facts about a Member (their training status, their
 * acknowledgements of the protocol), so that the Member's page can show them without the
 * directory depending on that module. Spring collects every implementation.
 */
public interface MemberFacts {

	/**
	 * @param member the Member
	 * @return the facts this module knows about them, none if none
	 */
	List<MemberFact> about(MemberId member);

	/**
	 * One fact shown on a Member's page.
	 *
	 * @param label what the fact is about ("Social media training")
	 * @param value the fact ("Completed 3 March 2026, due again 3 March 2027")
	 * @param href a page with more, or {@code null}
	 */
	record MemberFact(String label, String value, String href) {
	}

}
