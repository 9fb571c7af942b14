package org.membercomms.commsplan;

import java.util.Locale;
import java.util.UUID;

/**
 * An election entered by Democratic Services.
 *
 * @param id its id
 * @param details its dates, kind and area
 */
public record Election(UUID id, ElectionDetails details) {

	/**
	 * Whether the election's pre-election period binds a post's author.
	 * @param wardOrNull the author's ward, or {@code null} when they are no Member
	 * @return true for a whole-council election, and for a ward election of the author's
	 * ward
	 */
	public boolean binds(String wardOrNull) {
		if (this.details.wholeCouncil()) {
			return true;
		}
		if (wardOrNull == null) {
			return false;
		}
		String ward = wardOrNull.strip().toLowerCase(Locale.ROOT);
		return this.details.wards().stream().anyMatch(named -> named.strip().toLowerCase(Locale.ROOT).equals(ward));
	}

}
