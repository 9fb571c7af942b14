package org.membercomms.accounts;

import java.util.Map;

import org.membercomms.members.Members;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the demo, the councillors' accounts {@code member} and {@code member2} belong to the
 * demo Members Cllr Rowan Fenwick and Cllr Desmond Oyelaran, once both exist.
 */
@Component
@Profile("demo")
class DemoMemberLink {

	static final String DEMO_MEMBER_EMAIL = "rowan.fenwick@example.org";

	/** Each demo councillor's username, and the council email of their Member. */
	static final Map<String, String> DEMO_LINKS = Map.of("member", DEMO_MEMBER_EMAIL, "member2",
			"desmond.oyelaran@example.org");

	private final Accounts accounts;

	private final Members members;

	DemoMemberLink(Accounts accounts, Members members) {
		this.accounts = accounts;
		this.members = members;
	}

	@EventListener(ApplicationReadyEvent.class)
	void linkDemoCouncillor() {
		DEMO_LINKS.forEach((username, email) -> this.accounts.findByUsername(username)
			.filter(account -> account.memberId() == null)
			.ifPresent(account -> this.members.findByCouncilEmail(email)
				.ifPresent(member -> this.accounts.linkToMember(account.id(), member))));
	}

}
