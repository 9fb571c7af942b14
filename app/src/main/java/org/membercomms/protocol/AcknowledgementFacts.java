package org.membercomms.protocol;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.membercomms.members.MemberFacts;
import org.membercomms.members.MemberId;
import org.membercomms.system.CouncilTime;

import org.springframework.stereotype.Component;

/**
 * Shows on a Member's page whether they have acknowledged each document in force.
 */
@Component
class AcknowledgementFacts implements MemberFacts {

	private static final DateTimeFormatter DATE = CouncilTime.DAY.withZone(CouncilTime.ZONE);

	private final Policies policies;

	private final Acknowledgements acknowledgements;

	AcknowledgementFacts(Policies policies, Acknowledgements acknowledgements) {
		this.policies = policies;
		this.acknowledgements = acknowledgements;
	}

	@Override
	public List<MemberFact> about(MemberId member) {
		List<MemberFact> facts = new ArrayList<>();
		for (PolicyDocument document : PolicyDocument.values()) {
			this.policies.inForce(document)
				.ifPresent(version -> facts.add(new MemberFact(document.title(),
						this.acknowledgements.acknowledgedAt(version.id(), member)
							.map(at -> "Version " + version.number() + " acknowledged on " + DATE.format(at))
							.orElse("Version " + version.number() + " not yet acknowledged"),
						document.path())));
		}
		return facts;
	}

}
