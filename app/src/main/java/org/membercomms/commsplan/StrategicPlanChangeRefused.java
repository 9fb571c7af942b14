package org.membercomms.commsplan;

/**
 * A change to the Strategic Plan that would leave it wrong: a blank or repeated name, a
 * period that overlaps another or ends before it starts.
 */
public class StrategicPlanChangeRefused extends RuntimeException {

	/**
	 * @param message what is wrong, to show beside the field
	 */
	public StrategicPlanChangeRefused(String message) {
		super(message);
	}

}
