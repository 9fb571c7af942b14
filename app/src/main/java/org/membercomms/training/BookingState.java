package org.membercomms.training;

/**
 * Whether a Member holds a place on a session.
 */
public enum BookingState {

	BOOKED, WAITING, CANCELLED

}
