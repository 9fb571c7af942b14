package org.membercomms.commsplan;

import java.util.List;

import org.membercomms.checker.PreElectionPeriod;
import org.membercomms.postcheck.PreElectionPeriods;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the post checker the pre-election periods of the elections entered here: every
 * whole-council election's, and those of the elections of the author's ward.
 */
@Component
class ElectionPeriods implements PreElectionPeriods {

	private final ElectionRepository elections;

	ElectionPeriods(ElectionRepository elections) {
		this.elections = elections;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PreElectionPeriod> forWard(String wardOrNull) {
		return this.elections.findAll()
			.stream()
			.filter(election -> election.binds(wardOrNull))
			.map(election -> election.details().period())
			.toList();
	}

}
