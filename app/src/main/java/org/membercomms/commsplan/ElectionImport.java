package org.membercomms.commsplan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.membercomms.system.CsvUploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports elections from a CSV file, all of it or none: if any line is wrong, nothing is
 * entered and every problem is listed by line and column. Each election imported gets its
 * own audit entry.
 */
@Service
public class ElectionImport {

	/** The columns a file may have, in the order the README documents them. */
	public static final List<String> COLUMNS = List.of("poll_date", "period_start", "area", "wards", "kind");

	private static final Map<String, String> FIELDS = Map.of("pollDate", "poll_date", "periodStart", "period_start",
			"area", "area", "wards", "wards", "kind", "kind");

	static final int MAX_ROWS = 200;

	private final Elections elections;

	ElectionImport(Elections elections) {
		this.elections = elections;
	}

	/**
	 * One thing wrong with the file.
	 *
	 * @param line the line of the file (the header is line 1)
	 * @param column the column, or {@code null} when the whole line is wrong
	 * @param message what to correct
	 */
	public record Problem(long line, String column, String message) {
	}

	/**
	 * What an import did.
	 *
	 * @param entered how many elections it entered (none when there were problems)
	 * @param problems what stopped it, by line
	 */
	public record Outcome(int entered, List<Problem> problems) {

		/**
		 * @return whether the file was imported
		 */
		public boolean imported() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Checks the whole file and, when every line is right, enters every election in it.
	 * @param csv the file's text
	 * @return how many were entered, or the problems that stopped the import
	 */
	@Transactional
	public Outcome importFile(String csv) {
		List<Problem> problems = new ArrayList<>();
		List<ElectionDetails> found = read(csv, this.elections.wards(), problems);
		if (!problems.isEmpty()) {
			return new Outcome(0, List.copyOf(problems));
		}
		found.forEach(details -> this.elections.enter(details, "created by import"));
		return new Outcome(found.size(), List.of());
	}

	private static List<ElectionDetails> read(String csv, Set<String> wards, List<Problem> problems) {
		List<ElectionDetails> found = new ArrayList<>();
		try (CSVParser parser = CsvUploads.parse(csv)) {
			if (!headerIsRight(parser.getHeaderNames(), problems)) {
				return List.of();
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (record.getRecordNumber() > MAX_ROWS) {
					problems.add(new Problem(line, null, "A file can hold at most " + MAX_ROWS + " elections"));
					break;
				}
				if (!record.isConsistent()) {
					problems.add(new Problem(line, null, "This line has " + record.size()
							+ " values but the header has " + parser.getHeaderNames().size()));
					continue;
				}
				ElectionInput input = new ElectionInput(value(record, "poll_date"), value(record, "period_start"),
						ElectionInput.kindFromCsv(value(record, "kind")),
						ElectionInput.areaFromCsv(value(record, "area")), value(record, "wards"));
				ElectionInput.Checked checked = input.check(wards);
				checked.problems()
					.forEach((field, message) -> problems
						.add(new Problem(line, FIELDS.get(field), message.replace("Select whether", "Say whether"))));
				if (checked.ok()) {
					found.add(checked.details());
				}
			}
			if (found.isEmpty() && problems.isEmpty()) {
				problems.add(new Problem(1, null, "The file has no elections in it: add a line for each election"));
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new Problem(1, null,
					"The file could not be read as CSV: save it as CSV (comma delimited) with a header row"));
		}
		return found;
	}

	private static boolean headerIsRight(List<String> header, List<Problem> problems) {
		List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
		for (String name : names) {
			if (!COLUMNS.contains(name)) {
				problems.add(new Problem(1, name.isEmpty() ? "(blank)" : name,
						"Unknown column. The columns are: " + String.join(", ", COLUMNS)));
			}
		}
		for (String required : List.of("poll_date", "period_start", "area", "kind")) {
			if (!names.contains(required)) {
				problems.add(new Problem(1, required, "The file must have a " + required + " column"));
			}
		}
		return problems.isEmpty();
	}

	private static String value(CSVRecord record, String column) {
		for (String header : record.getParser().getHeaderNames()) {
			if (header.strip().equalsIgnoreCase(column)) {
				return record.get(header);
			}
		}
		return "";
	}

}
