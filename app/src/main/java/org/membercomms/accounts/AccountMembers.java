package org.membercomms.accounts;

import java.util.Optional;

import org.membercomms.members.MemberAccounts;
import org.membercomms.members.MemberId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the directory, and the modules above it, which Member a signed-in person is: the
 * Member their account is linked to.
 */
@Component
class AccountMembers implements MemberAccounts {

	private final AccountRepository accounts;

	AccountMembers(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberId> memberSignedInAs(String username) {
		return this.accounts.findByUsername(username).filter(Account::enabled).map(Account::memberId);
	}

}
