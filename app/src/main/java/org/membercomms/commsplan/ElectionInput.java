package org.membercomms.commsplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An election as typed on the form or read from a line of a CSV file, before it is
 * checked.
 *
 * @param pollDate polling day, as {@code 2027-05-06}
 * @param periodStart the day the notice of election is published, as {@code 2027-03-29}
 * @param kind {@code SCHEDULED} or {@code BY_ELECTION}
 * @param area {@code WHOLE_COUNCIL} or {@code WARDS}
 * @param wards the wards, one a line or separated by semicolons, when the area is
 * {@code WARDS}
 */
public record ElectionInput(String pollDate, String periodStart, String kind, String area, String wards) {

	/** The area of an election that covers the whole council. */
	public static final String WHOLE_COUNCIL = "WHOLE_COUNCIL";

	/** The area of an election that covers named wards. */
	public static final String WARDS = "WARDS";

	/**
	 * @return an empty form
	 */
	public static ElectionInput blank() {
		return new ElectionInput("", "", "", "", "");
	}

	/**
	 * @param details an election's details
	 * @return the form that shows them
	 */
	public static ElectionInput of(ElectionDetails details) {
		return new ElectionInput(details.pollDate().toString(), details.periodStart().toString(), details.kind().name(),
				details.wholeCouncil() ? WHOLE_COUNCIL : WARDS, String.join("\n", details.wards()));
	}

	/**
	 * Checks the input against the wards of the members directory.
	 * @param knownWards every ward a Member (serving or retired) has
	 * @return the details, or a message for each field that is wrong, in form order
	 */
	public Checked check(Set<String> knownWards) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate poll = date(this.pollDate, "pollDate", "polling day", problems);
		LocalDate start = date(this.periodStart, "periodStart", "the day the pre-election period starts", problems);
		if (poll != null && start != null && start.isAfter(poll)) {
			problems.put("periodStart", "The pre-election period must start on or before polling day");
		}
		ElectionKind kindChosen = kindChosen();
		if (kindChosen == null) {
			problems.put("kind", "Select whether it is a scheduled election or a by-election");
		}
		List<String> named = List.of();
		if (!WHOLE_COUNCIL.equals(this.area) && !WARDS.equals(this.area)) {
			problems.put("area", "Select whether the election covers the whole council or named wards");
		}
		else if (WARDS.equals(this.area)) {
			named = wardsNamed(knownWards, problems);
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new ElectionDetails(poll, start, kindChosen, named), Map.of());
	}

	private ElectionKind kindChosen() {
		return Arrays.stream(ElectionKind.values())
			.filter(value -> value.name().equals(this.kind))
			.findFirst()
			.orElse(null);
	}

	private List<String> wardsNamed(Set<String> knownWards, Map<String, String> problems) {
		List<String> named = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String typed : (this.wards == null ? "" : this.wards).split("[;\\n\\r]+")) {
			if (typed.isBlank()) {
				continue;
			}
			Optional<String> ward = knownWards.stream()
				.filter(known -> known.equalsIgnoreCase(typed.strip()))
				.findFirst();
			ward.filter(found -> !named.contains(found)).ifPresent(named::add);
			if (ward.isEmpty()) {
				unknown.add(typed.strip());
			}
		}
		if (!unknown.isEmpty()) {
			problems.put("wards", "No Member in the directory has the ward " + String.join(", ", unknown)
					+ ". Enter wards as the members directory names them");
		}
		else if (named.isEmpty()) {
			problems.put("wards", "Enter the wards the election covers");
		}
		return named;
	}

	private static LocalDate date(String value, String field, String what, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			problems.put(field, "Enter " + what);
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "The date of " + what + " must be a real date, like 2027-05-06");
			return null;
		}
	}

	/**
	 * The outcome of checking an input.
	 *
	 * @param details the election, when the input was right
	 * @param problems a message for each wrong field, by field name
	 */
	public record Checked(ElectionDetails details, Map<String, String> problems) {

		/**
		 * @return whether the input was right
		 */
		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	static String kindFromCsv(String value) {
		String normal = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return normal.equals("BYELECTION") ? ElectionKind.BY_ELECTION.name() : normal;
	}

	static String areaFromCsv(String value) {
		String normal = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return normal.equals("WARD") ? WARDS : normal;
	}

}
