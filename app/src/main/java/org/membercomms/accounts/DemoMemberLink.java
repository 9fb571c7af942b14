package org.membercomms.accounts;

import org.membercomms.members.Members;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the demo, the councillor's account {@code member} belongs to the demo Member Cllr
 * Rowan Fenwick, once both exist.
 */
@Component
@Profile("demo")
class DemoMemberLink {

	static final String DEMO_MEMBER_EMAIL = "rowan.fenwick@example.org";

	private final Accounts accounts;

	private final AccountRepository repository;

	private final Members members;

	DemoMemberLink(Accounts accounts, AccountRepository repository, Members members) {
		this.accounts = accounts;
		this.repository = repository;
		this.members = members;
	}

	@EventListener(ApplicationReadyEvent.class)
	void linkDemoCouncillor() {
		this.repository.findByUsername("member")
			.filter(account -> account.memberId() == null)
			.ifPresent(account -> this.members.findByCouncilEmail(DEMO_MEMBER_EMAIL)
				.ifPresent(member -> this.accounts.linkToMember(new AccountId(account.id()), member.value())));
	}

}
