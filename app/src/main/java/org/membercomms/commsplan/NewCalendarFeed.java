package org.membercomms.commsplan;

import java.util.UUID;

/**
 * A feed just created or renewed, with the secret of its address, shown to its owner
 * once.
 *
 * @param id the feed's id
 * @param secret the secret that ends the feed's address
 */
public record NewCalendarFeed(UUID id, String secret) {

	@Override
	public String toString() {
		return "NewCalendarFeed[" + this.id + "]";
	}

}
