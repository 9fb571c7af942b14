package org.membercomms.protocol.web;

import java.util.List;

import org.membercomms.members.Members;
import org.membercomms.protocol.Acknowledgements;
import org.membercomms.system.Banner;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reminds a Member on every page to read and acknowledge each version in force they have
 * not.
 */
@Component
class AcknowledgementBanner implements Banner {

	private final Members members;

	private final Acknowledgements acknowledgements;

	AcknowledgementBanner(Members members, Acknowledgements acknowledgements) {
		this.members = members;
		this.acknowledgements = acknowledgements;
	}

	@Override
	public List<Message> messagesFor(Authentication person) {
		return this.members.memberSignedInAs(person.getName())
			.map(member -> this.acknowledgements.outstandingFor(member)
				.stream()
				.map(version -> new Message(
						"Version " + version.number() + " of the " + version.document().title() + " is in force",
						"Read it and confirm you have read it.",
						"Read and acknowledge the " + version.document().title(),
						version.document().path() + "#acknowledge"))
				.toList())
			.orElse(List.of());
	}

}
