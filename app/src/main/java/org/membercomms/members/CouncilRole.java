package org.membercomms.members;

/**
 * A role a Member holds, such as "Executive Member for Environment" or "Chair of
 * Licensing".
 *
 * @param title the role's title
 */
record CouncilRole(String title) {
}
