package org.membercomms.accounts;

/**
 * A signed-in person: their account, and how they proved who they are.
 */
final class SignedIn extends AccountToken {

	/** How a person signed in. */
	enum Method {

		/** A password alone. */
		PASSWORD,

		/** A password and a one-time code. */
		PASSWORD_AND_CODE,

		/**
		 * The council's identity provider, which is responsible for any second factor.
		 */
		SINGLE_SIGN_ON

	}

	private final Method method;

	SignedIn(Account account, Method method) {
		super(account, account.getAuthorities(), true);
		this.method = method;
	}

	Method method() {
		return this.method;
	}

	/**
	 * @return whether the person must set up a one-time code before anything else
	 */
	boolean mustSetUpSecondFactor() {
		return this.method != Method.SINGLE_SIGN_ON && getPrincipal().mustSetUpSecondFactor();
	}

	@Override
	SignedIn with(Account fresh) {
		return new SignedIn(fresh, this.method);
	}

}
