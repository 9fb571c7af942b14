package org.membercomms.checker.recognise;

/**
 * Something a recogniser found in the original text.
 *
 * @param kind what it is
 * @param start first char in the original text
 * @param end end (exclusive) in the original text
 */
public record Entity(Kind kind, int start, int end) {

	/** What recognisers find. */
	public enum Kind {

		PERSON, COUNCILLOR, PRIVATE_PERSON, ORGANISATION, PHONE, EMAIL, POSTCODE, NI_NUMBER, NHS_NUMBER,
		VEHICLE_REGISTRATION, DATE_OF_BIRTH, ADDRESS

	}

}
