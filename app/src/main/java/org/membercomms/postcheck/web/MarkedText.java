package org.membercomms.postcheck.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Report;
import org.membercomms.checker.Span;
import org.membercomms.postcheck.Categories;

/**
 * A draft cut into pieces, each either plain or evidence for one or more categories, so a
 * page can mark the evidence and announce where it starts and ends.
 *
 * @param pieces the pieces in order; together they are the whole text
 */
public record MarkedText(List<Piece> pieces) {

	/**
	 * @param text a stretch of the draft
	 * @param categories the categories it is evidence for, empty for plain text
	 */
	public record Piece(String text, List<String> categories) {

		public boolean evidence() {
			return !this.categories.isEmpty();
		}

		public String announced() {
			return String.join(" and ", this.categories);
		}

	}

	/**
	 * @param text the draft as checked
	 * @param report the checker's report on it
	 * @return the draft with its evidence marked
	 */
	public static MarkedText of(String text, Report report) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (Finding finding : report.findings()) {
			for (Span span : finding.spans()) {
				cuts.add(Math.min(span.start(), text.length()));
				cuts.add(Math.min(span.end(), text.length()));
			}
		}
		List<Piece> pieces = new ArrayList<>();
		Integer start = null;
		for (int cut : cuts) {
			if (start != null && cut > start) {
				pieces.add(new Piece(text.substring(start, cut), categoriesCovering(report, start, cut)));
			}
			start = cut;
		}
		return new MarkedText(merge(pieces));
	}

	private static List<String> categoriesCovering(Report report, int start, int end) {
		Set<Category> covering = new LinkedHashSet<>();
		for (Finding finding : report.findings()) {
			for (Span span : finding.spans()) {
				if (span.start() <= start && span.end() >= end) {
					covering.add(finding.category());
				}
			}
		}
		return covering.stream().map(Categories::title).toList();
	}

	/** Joins neighbouring pieces that carry the same categories. */
	private static List<Piece> merge(List<Piece> pieces) {
		List<Piece> merged = new ArrayList<>();
		for (Piece piece : pieces) {
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).categories().equals(piece.categories())) {
				merged.set(last, new Piece(merged.get(last).text() + piece.text(), piece.categories()));
			}
			else {
				merged.add(piece);
			}
		}
		return merged;
	}

	@Override
	public String toString() {
		return "MarkedText[" + this.pieces.size() + " pieces]";
	}

}
