package org.membercomms.protocol;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed between two versions of a document, line by line, as a reader sees it:
 * each change with the lines removed and the lines added, and the line numbers in the
 * newer version.
 *
 * @param older the older version
 * @param newer the newer version
 * @param changes the changes, in the order of the text
 */
public record VersionChanges(PolicyVersion older, PolicyVersion newer, List<Change> changes) {

	/**
	 * One change.
	 *
	 * @param line where it starts in the newer version (from 1)
	 * @param removed the lines taken out
	 * @param added the lines put in
	 */
	public record Change(int line, List<String> removed, List<String> added) {
	}

	public static VersionChanges between(PolicyVersion older, PolicyVersion newer) {
		Patch<String> patch = DiffUtils.diff(older.body().lines().toList(), newer.body().lines().toList());
		List<Change> changes = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			changes.add(new Change(delta.getTarget().getPosition() + 1, nonBlank(delta.getSource().getLines()),
					nonBlank(delta.getTarget().getLines())));
		}
		changes.removeIf(change -> change.removed().isEmpty() && change.added().isEmpty());
		return new VersionChanges(older, newer, changes);
	}

	private static List<String> nonBlank(List<String> lines) {
		return lines.stream().filter(line -> !line.isBlank()).toList();
	}

}
