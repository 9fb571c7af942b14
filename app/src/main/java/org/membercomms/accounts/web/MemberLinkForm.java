package org.membercomms.accounts.web;

import jakarta.validation.constraints.Pattern;

import org.membercomms.members.MemberId;

/**
 * The Member in the directory that a MEMBER account belongs to, chosen from the serving
 * Members; empty unlinks.
 *
 * @param memberId the Member's id, or empty
 */
record MemberLinkForm(
		@Pattern(regexp = "^\\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?\\s*$",
				message = "{accounts.error.member.invalid}") String memberId) {

	MemberId member() {
		return (this.memberId == null || this.memberId.isBlank()) ? null : MemberId.of(this.memberId.strip());
	}

}
