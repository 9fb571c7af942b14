package org.membercomms.members;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Member's details as typed into the form or read from a CSV row, before they are
 * checked. The same rules check both, so a file and the form accept exactly the same
 * things.
 *
 * @param name the name
 * @param councilEmail the council email address
 * @param ward the ward
 * @param politicalGroup the political group, blank for none
 * @param groupLeader "yes" or "no" (blank means no)
 * @param committees the committees' titles or codes
 * @param roles the roles, one per line
 * @param termStarts the start of the term, as 2026-05-07 or 7/5/2026
 * @param termEnds the end of the term, likewise
 */
public record MemberInput(String name, String councilEmail, String ward, String politicalGroup, String groupLeader,
		List<String> committees, String roles, String termStarts, String termEnds) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
		.withResolverStyle(ResolverStyle.STRICT);

	public MemberInput {
		committees = (committees == null) ? List.of() : List.copyOf(committees);
	}

	public static MemberInput blank() {
		return new MemberInput("", "", "", "", "no", List.of(), "", "", "");
	}

	public static MemberInput of(MemberDetails details) {
		return new MemberInput(details.name(), details.councilEmail(), details.ward(),
				(details.politicalGroup() == null) ? "" : details.politicalGroup(),
				details.groupLeader() ? "yes" : "no", details.committees().stream().map(Enum::name).toList(),
				String.join("\n", details.roles()),
				(details.termStarts() == null) ? "" : details.termStarts().toString(),
				(details.termEnds() == null) ? "" : details.termEnds().toString());
	}

	/**
	 * @return whether a committee is ticked, for the form's checkboxes
	 */
	public boolean sitsOn(Committee committee) {
		return this.committees.stream().anyMatch(text -> Committee.named(text).orElse(null) == committee);
	}

	/**
	 * Checks every field.
	 * @return the details, or the problems found, by field, in the order of the fields
	 */
	public Checked check() {
		Map<String, String> problems = new LinkedHashMap<>();
		String checkedName = required(this.name, "name", "Enter the Member's name", 200, problems);
		String email = required(this.councilEmail, "councilEmail", "Enter the Member's council email address", 320,
				problems);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.put("councilEmail", "Enter an email address in the correct format, like name@example.org");
		}
		String checkedWard = required(this.ward, "ward", "Enter the Member's ward", 120, problems);
		String group = optional(this.politicalGroup, "politicalGroup", 120, problems);
		Boolean leader = yesOrNo(this.groupLeader, problems);
		Set<Committee> seats = committees(problems);
		List<String> roleTitles = roles(problems);
		LocalDate starts = date(this.termStarts, "termStarts", "Term of office start", problems);
		LocalDate ends = date(this.termEnds, "termEnds", "Term of office end", problems);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			problems.put("termEnds", "Term of office end must be the same as or after the start");
		}
		if (Boolean.TRUE.equals(leader) && group == null) {
			problems.put("groupLeader", "A group leader must belong to a political group: enter the group");
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new MemberDetails(checkedName, email.toLowerCase(Locale.ROOT), checkedWard, group, leader,
				seats, roleTitles, starts, ends), Map.of());
	}

	private static String required(String value, String field, String message, int max, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			problems.put(field, message);
			return null;
		}
		return optional(value, field, max, problems);
	}

	private static String optional(String value, String field, int max, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			problems.put(field, "Must be " + max + " characters or fewer");
		}
		return stripped;
	}

	private Boolean yesOrNo(String value, Map<String, String> problems) {
		String answer = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
		return switch (answer) {
			case "", "no", "n", "false" -> false;
			case "yes", "y", "true" -> true;
			default -> {
				problems.put("groupLeader", "Group leader must be yes or no");
				yield null;
			}
		};
	}

	private Set<Committee> committees(Map<String, String> problems) {
		Set<Committee> seats = EnumSet.noneOf(Committee.class);
		List<String> unknown = new ArrayList<>();
		for (String text : this.committees) {
			if (text == null || text.isBlank()) {
				continue;
			}
			Optional<Committee> committee = Committee.named(text);
			committee.ifPresentOrElse(seats::add, () -> unknown.add(text.strip()));
		}
		if (!unknown.isEmpty()) {
			problems.put("committees", "There is no committee called " + String.join(", ", unknown) + ". Use one of: "
					+ String.join(", ", Arrays.stream(Committee.values()).map(Committee::title).toList()));
		}
		return seats;
	}

	private List<String> roles(Map<String, String> problems) {
		if (this.roles == null) {
			return List.of();
		}
		List<String> titles = this.roles.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (titles.stream().anyMatch(title -> title.length() > 200)) {
			problems.put("roles", "Each role must be 200 characters or fewer");
		}
		return titles;
	}

	private static LocalDate date(String value, String field, String label, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.put(field, label + " must be a real date, like 2026-05-07 or 7/5/2026");
			return null;
		}
	}

	/**
	 * The outcome of checking: either details or problems.
	 *
	 * @param details the checked details, or {@code null}
	 * @param problems the message for each field that is wrong
	 */
	public record Checked(MemberDetails details, Map<String, String> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

}
