package org.membercomms.postcheck;

/**
 * Where a check came from.
 */
enum Via {

	PAGE, API

}
