package org.membercomms.accounts;

import java.util.List;

/**
 * A person who has given the right password but not yet their one-time code. They are not
 * signed in: the only page open to them, besides the public ones, is the code page.
 */
final class AwaitingCode extends AccountToken {

	AwaitingCode(Account account) {
		super(account, List.of(), false);
	}

	@Override
	AwaitingCode with(Account fresh) {
		return new AwaitingCode(fresh);
	}

}
