package org.membercomms.accounts;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

/**
 * The Member in the directory that a MEMBER account belongs to, chosen from the serving
 * Members; empty unlinks.
 *
 * @param memberId the Member's id, or empty
 */
record MemberLinkForm(
		@Pattern(regexp = "^\\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?\\s*$",
				message = "{accounts.error.member.invalid}") String memberId) {

	UUID member() {
		return (this.memberId == null || this.memberId.isBlank()) ? null : UUID.fromString(this.memberId.strip());
	}

}
