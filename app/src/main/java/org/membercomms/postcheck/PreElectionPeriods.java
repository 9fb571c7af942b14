package org.membercomms.postcheck;

import java.util.List;

import org.membercomms.checker.PreElectionPeriod;

/**
 * Where the post checker learns the council's pre-election periods. A higher module that
 * keeps the elections implements it (the checker never imports that module); the checker
 * asks every implementation and joins their answers.
 */
public interface PreElectionPeriods {

	/**
	 * The periods that bind a post's author.
	 * @param wardOrNull the author's ward when they are a Member, or {@code null}
	 * @return the whole-council periods, and those of the ward's own elections (a
	 * by-election, say) when a ward is given
	 */
	List<PreElectionPeriod> forWard(String wardOrNull);

}
