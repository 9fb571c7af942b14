package org.membercomms.members;

/**
 * A Member's seat on a committee.
 *
 * @param committee the committee
 */
record CommitteeSeat(Committee committee) {
}
