package org.membercomms.members;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.membercomms.audit.Changes;
import org.membercomms.members.ImportPlan.Outcome;
import org.membercomms.members.ImportPlan.Problem;
import org.membercomms.members.ImportPlan.Row;
import org.membercomms.system.CsvUploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports Members from a CSV file. The whole file is checked first; if any row is wrong,
 * nothing is imported and every problem is listed by line and column. Rows are matched to
 * Members by council email: a new email enrols a new Member, a known one updates that
 * Member. Members not in the file are left as they are.
 */
@Service
public class MemberImport {

	/**
	 * The columns, in the order the README documents them, and the form field each fills.
	 */
	static final Map<String, String> COLUMNS = columns();

	/**
	 * @return the columns a file may have, in the order the README documents them
	 */
	public static List<String> columnNames() {
		return List.copyOf(COLUMNS.keySet());
	}

	static final List<String> REQUIRED = List.of("name", "council_email", "ward");

	static final int MAX_ROWS = 500;

	private final MemberRepository members;

	private final Members directory;

	MemberImport(MemberRepository members, Members directory) {
		this.members = members;
		this.directory = directory;
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("name", "name");
		columns.put("council_email", "councilEmail");
		columns.put("ward", "ward");
		columns.put("political_group", "politicalGroup");
		columns.put("group_leader", "groupLeader");
		columns.put("committees", "committees");
		columns.put("roles", "roles");
		columns.put("term_starts", "termStarts");
		columns.put("term_ends", "termEnds");
		return columns;
	}

	/**
	 * Works out what importing the file would do, without saving anything.
	 * @param csv the file's text
	 * @return the plan
	 */
	@Transactional(readOnly = true)
	public ImportPlan plan(String csv) {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CsvUploads.parse(csv)) {
			if (!checkHeader(parser.getHeaderNames(), problems)) {
				return new ImportPlan(List.of(), problems);
			}
			Map<String, Long> emailsSeen = new HashMap<>();
			long line = 1;
			for (CSVRecord record : parser) {
				line = parser.getCurrentLineNumber();
				if (record.getRecordNumber() > MAX_ROWS) {
					problems.add(new Problem(line, null, "A file can hold at most " + MAX_ROWS + " Members"));
					break;
				}
				planRow(record, line, emailsSeen, problems).ifPresent(rows::add);
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new Problem(1, null, "The file has no Members in it: add a row for each Member"));
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new Problem(1, null, "The file could not be read as CSV: save it as CSV (comma delimited) "
					+ "with a header row, and try again"));
		}
		return problems.isEmpty() ? new ImportPlan(rows, List.of()) : new ImportPlan(List.of(), problems);
	}

	/**
	 * Imports the file, all of it or none: the file is checked again against the
	 * directory as it is now, and each new or changed Member gets one audit entry.
	 * @param csv the file's text
	 * @return the plan that was carried out, or the problems that stopped it
	 */
	@Transactional
	public ImportPlan apply(String csv) {
		ImportPlan plan = plan(csv);
		if (!plan.importable()) {
			return plan;
		}
		for (Row row : plan.rows()) {
			switch (row.outcome()) {
				case NEW -> this.directory.save(Member.enrol(row.details()), Map.of(), "created by import");
				case CHANGED -> {
					Member member = this.members.findByCouncilEmail(row.details().councilEmail()).orElseThrow();
					Map<String, Object> before = member.auditView();
					member.update(row.details());
					this.directory.save(member, before, "updated by import");
				}
				case UNCHANGED -> {
				}
			}
		}
		return plan;
	}

	private static boolean checkHeader(List<String> header, List<Problem> problems) {
		List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
		for (String name : names) {
			if (!COLUMNS.containsKey(name)) {
				problems.add(new Problem(1, name.isEmpty() ? "(blank)" : name,
						"Unknown column. The columns are: " + String.join(", ", COLUMNS.keySet())));
			}
		}
		for (String required : REQUIRED) {
			if (!names.contains(required)) {
				problems.add(new Problem(1, required, "The file must have a " + required + " column"));
			}
		}
		return problems.isEmpty();
	}

	private Optional<Row> planRow(CSVRecord record, long line, Map<String, Long> emailsSeen, List<Problem> problems) {
		if (!record.isConsistent()) {
			problems.add(new Problem(line, null, "This line has " + record.size() + " values but the header has "
					+ record.getParser().getHeaderNames().size()));
			return Optional.empty();
		}
		MemberInput input = new MemberInput(value(record, "name"), value(record, "council_email"),
				value(record, "ward"), value(record, "political_group"), value(record, "group_leader"),
				Arrays.asList(value(record, "committees").split(";")), value(record, "roles").replace(';', '\n'),
				value(record, "term_starts"), value(record, "term_ends"));
		MemberInput.Checked checked = input.check();
		if (!checked.ok()) {
			checked.problems().forEach((field, message) -> problems.add(new Problem(line, columnOf(field), message)));
			return Optional.empty();
		}
		MemberDetails details = checked.details();
		Long earlier = emailsSeen.putIfAbsent(details.councilEmail(), line);
		if (earlier != null) {
			problems.add(new Problem(line, "council_email",
					"This council email is also on line " + earlier + ": each Member must appear once"));
			return Optional.empty();
		}
		Optional<Member> existing = this.members.findByCouncilEmail(details.councilEmail());
		if (existing.isEmpty()) {
			return Optional.of(new Row(line, Outcome.NEW, details, List.of()));
		}
		Member member = existing.get();
		if (member.isRetired()) {
			problems.add(new Problem(line, "council_email",
					member.name() + " has retired: a retired Member's record cannot be changed"));
			return Optional.empty();
		}
		Map<String, Object> before = member.auditView();
		Map<String, Object> after = preview(member, details);
		var changes = Changes.between(before, after);
		return Optional.of(new Row(line, changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED, details, changes));
	}

	private static Map<String, Object> preview(Member member, MemberDetails details) {
		Member copy = new Member(member.memberId().value(), 0, member.name(), member.councilEmail(), member.ward(),
				member.politicalGroup(), member.groupLeader(), member.termStarts(), member.termEnds(), null, null,
				java.util.Set.of(), List.of(), member.socialAccounts());
		copy.update(details);
		Map<String, Object> view = copy.auditView();
		view.put("retired on", member.retiredOn());
		view.put("retirement reason", member.retirementReason());
		return view;
	}

	private static String value(CSVRecord record, String column) {
		for (String header : record.getParser().getHeaderNames()) {
			if (header.strip().equalsIgnoreCase(column)) {
				return record.get(header);
			}
		}
		return "";
	}

	private static String columnOf(String field) {
		return COLUMNS.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(field))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(field);
	}

}
