package org.membercomms.training;

import org.membercomms.members.MemberId;

/**
 * A Member on a requirement: the key of their assignment, their record, their reminders
 * and the audit entries about them, written {@code requirement/member}.
 *
 * @param requirement the requirement
 * @param member the Member
 */
record Enrolment(RequirementId requirement, MemberId member) {

	@Override
	public String toString() {
		return this.requirement + "/" + this.member;
	}

}
