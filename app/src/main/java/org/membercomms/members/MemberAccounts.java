package org.membercomms.members;

import java.util.Optional;

/**
 * Implemented by the module that owns sign-in accounts, to say which Member a signed-in
 * person is. The directory defines it so that modules above it (the protocol's
 * acknowledgements, the post checker) can ask without depending on accounts.
 */
public interface MemberAccounts {

	/**
	 * @param username a signed-in person's username
	 * @return the Member their account is linked to, if any
	 */
	Optional<MemberId> memberSignedInAs(String username);

}
