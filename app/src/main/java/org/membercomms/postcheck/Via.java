package org.membercomms.postcheck;

/**
 * Where a check came from: the page or the API.
 */
public enum Via {

	PAGE, API

}
