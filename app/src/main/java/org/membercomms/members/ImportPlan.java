package org.membercomms.members;

import java.util.List;

import org.membercomms.audit.FieldChange;

/**
 * What importing a CSV file would do, worked out before anything is saved.
 *
 * @param rows one entry per data row, in file order (empty when there are problems)
 * @param problems every problem in the file; if there is any, nothing can be imported
 */
public record ImportPlan(List<Row> rows, List<Problem> problems) {

	public boolean importable() {
		return this.problems.isEmpty() && !this.rows.isEmpty();
	}

	public long count(Outcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	/** What a row does to the directory. */
	public enum Outcome {

		NEW("New Member"), CHANGED("Changed"), UNCHANGED("No change");

		private final String title;

		Outcome(String title) {
			this.title = title;
		}

		public String title() {
			return this.title;
		}

	}

	/**
	 * One data row.
	 *
	 * @param line the row's line number in the file
	 * @param outcome what it does
	 * @param details the Member's details as the row gives them
	 * @param changes for a changed Member, the fields that change
	 */
	public record Row(long line, Outcome outcome, MemberDetails details, List<FieldChange> changes) {
	}

	/**
	 * Something wrong with the file.
	 *
	 * @param line the line number in the file (1 is the header)
	 * @param column the column's name, or {@code null} for the whole line or file
	 * @param message what is wrong and how to put it right
	 */
	public record Problem(long line, String column, String message) {
	}

}
