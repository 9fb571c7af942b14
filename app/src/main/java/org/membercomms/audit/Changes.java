package org.membercomms.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between two views of a record.
 */
public final class Changes {

	private Changes() {
	}

	/**
	 * @param before the record's fields before the change, in display order; empty for a
	 * new record
	 * @param after the record's fields after the change
	 * @return one change per field whose value differs, in the order of the fields
	 */
	public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
		Map<String, Object> fields = new LinkedHashMap<>(before);
		after.forEach(fields::putIfAbsent);
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields.keySet()) {
			Object was = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(was, now)) {
				changes.add(FieldChange.of(field, was, now));
			}
		}
		return changes;
	}

}
