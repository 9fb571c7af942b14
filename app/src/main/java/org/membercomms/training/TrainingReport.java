package org.membercomms.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.membercomms.members.Committee;
import org.membercomms.system.CsvCells;

/**
 * The figures for the Constitution and Members' Development Committee: how many of the
 * training records now required are complete (a valid completion: COMPLETED or DUE),
 * overall, by political group and by committee; who is late (OVERDUE or EXPIRED); and who
 * attended the sessions they booked.
 *
 * @param overall every record now required
 * @param byGroup by the Member's political group
 * @param byCommittee by each committee the Member sits on
 * @param late the records OVERDUE or EXPIRED, by Member
 * @param attendance each session held, booked against attended
 */
public record TrainingReport(Rate overall, List<Rate> byGroup, List<Rate> byCommittee, List<Line> late,
		List<Attendance> attendance) {

	static final String NO_GROUP = "No group";

	/**
	 * One Member's standing with one requirement, as the report counts it.
	 *
	 * @param member the Member's name
	 * @param group their political group, or {@code null}
	 * @param committees the committees they sit on
	 * @param course the course
	 * @param status their status
	 */
	public record Line(String member, String group, Set<Committee> committees, String course, TrainingStatus status) {

		static Line of(TrainingRecord record) {
			return new Line(record.member().name(), record.member().politicalGroup(), record.member().committees(),
					record.requirement().course(), record.status());
		}

		public boolean complete() {
			return this.status == TrainingStatus.COMPLETED || this.status == TrainingStatus.DUE;
		}

	}

	/**
	 * How many of a set of records are complete.
	 *
	 * @param label what the set is
	 * @param complete how many are complete
	 * @param total how many there are
	 */
	public record Rate(String label, int complete, int total) {

		/**
		 * @return the percentage complete, rounded half up; 0 when there are none
		 */
		public int percent() {
			return (this.total == 0) ? 0 : (int) Math.round(100.0 * this.complete / this.total);
		}

		static Rate of(String label, List<Line> lines) {
			return new Rate(label, (int) lines.stream().filter(Line::complete).count(), lines.size());
		}

	}

	/**
	 * A session that has been held: places booked and Members marked present.
	 *
	 * @param course the course
	 * @param startsAt when it started
	 * @param booked the places booked
	 * @param attended the Members marked present
	 */
	public record Attendance(String course, Instant startsAt, int booked, int attended) {
	}

	static TrainingReport of(List<Line> lines, List<Attendance> attendance) {
		Map<String, List<Line>> groups = new TreeMap<>();
		Map<Committee, List<Line>> committees = new TreeMap<>();
		for (Line line : lines) {
			groups.computeIfAbsent((line.group() != null) ? line.group() : NO_GROUP, key -> new ArrayList<>())
				.add(line);
			line.committees()
				.forEach(committee -> committees.computeIfAbsent(committee, key -> new ArrayList<>()).add(line));
		}
		return new TrainingReport(Rate.of("All Members", lines),
				groups.entrySet().stream().map(entry -> Rate.of(entry.getKey(), entry.getValue())).toList(),
				committees.entrySet().stream().map(entry -> Rate.of(entry.getKey().title(), entry.getValue())).toList(),
				lines.stream()
					.filter(line -> line.status().barsSitting())
					.sorted(Comparator.comparing(Line::member).thenComparing(Line::course))
					.toList(),
				attendance);
	}

	/**
	 * @return the report as CSV, with the same figures as the page
	 */
	public String csv() {
		StringBuilder csv = new StringBuilder("section,label,complete,total,percent,status\r\n");
		rate(csv, "overall", this.overall);
		this.byGroup.forEach(rate -> rate(csv, "political group", rate));
		this.byCommittee.forEach(rate -> rate(csv, "committee", rate));
		for (Line line : this.late) {
			csv.append("late,")
				.append(CsvCells.quoted(line.member() + " – " + line.course()))
				.append(",,,,")
				.append(line.status().name())
				.append("\r\n");
		}
		for (Attendance session : this.attendance) {
			csv.append("attendance,")
				.append(CsvCells.quoted(session.course() + " " + session.startsAt()))
				.append(',')
				.append(session.attended())
				.append(',')
				.append(session.booked())
				.append(",,\r\n");
		}
		return csv.toString();
	}

	private static void rate(StringBuilder csv, String section, Rate rate) {
		csv.append(section)
			.append(',')
			.append(CsvCells.quoted(rate.label()))
			.append(',')
			.append(rate.complete())
			.append(',')
			.append(rate.total())
			.append(',')
			.append(rate.percent())
			.append(",\r\n");
	}

}
