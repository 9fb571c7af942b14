package org.membercomms.accounts;

/**
 * A signed-in person: their account, and how they proved who they are.
 */
final class SignedIn extends AccountToken {

	/** How a person signed in. */
	enum Method {

		/** A password alone. */
		PASSWORD,

		/** The council's identity provider alone. */
		SINGLE_SIGN_ON,

		/** A password or the identity provider, then MemberComms' one-time code. */
		ONE_TIME_CODE,

		/**
		 * The council's identity provider, trusted to have asked for a second factor
		 * ({@code membercomms.oidc.provider-second-factor}).
		 */
		PROVIDER_SECOND_FACTOR

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
		return this.method != Method.PROVIDER_SECOND_FACTOR && getPrincipal().mustSetUpSecondFactor();
	}

	@Override
	SignedIn with(Account fresh) {
		return new SignedIn(fresh, this.method);
	}

}
