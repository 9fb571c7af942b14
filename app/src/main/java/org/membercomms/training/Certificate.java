package org.membercomms.training;

/**
 * What a certificate shows: a completion, with the Member's name and the course.
 *
 * @param completion the completion it certifies
 * @param memberName the Member's name
 * @param course the course's title
 * @param council the council's name
 */
public record Certificate(Completion completion, String memberName, String course, String council) {

	public String number() {
		return this.completion.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
