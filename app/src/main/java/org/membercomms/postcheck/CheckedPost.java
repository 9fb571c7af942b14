package org.membercomms.postcheck;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.membercomms.checker.Category;
import org.membercomms.checker.Verdict;

/**
 * One check as its author sees it in their history: when, the verdict, the categories
 * found, and the text only if they chose to keep it.
 *
 * @param id the check's id
 * @param checkedAt when
 * @param verdict the verdict
 * @param categories the categories found, advice included
 * @param text the draft, or {@code null} when it was not kept
 */
public record CheckedPost(UUID id, Instant checkedAt, Verdict verdict, List<Category> categories, String text) {

	/**
	 * Reads categories as a check keeps them in a column: their names, comma-separated
	 * (archive reviews keep theirs the same way).
	 * @param categories the column, possibly empty
	 * @return the categories
	 */
	public static List<Category> parse(String categories) {
		if (categories == null || categories.isBlank()) {
			return List.of();
		}
		return Arrays.stream(categories.split(",")).map(Category::valueOf).toList();
	}

	/**
	 * Writes categories as {@link #parse(String)} reads them.
	 * @param categories some categories
	 * @return their names, comma-separated
	 */
	public static String join(java.util.Collection<Category> categories) {
		return String.join(",", categories.stream().map(Category::name).toList());
	}

	@Override
	public String toString() {
		return "CheckedPost[" + this.id + ", " + this.verdict + "]";
	}

}
