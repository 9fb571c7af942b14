package org.membercomms.commsplan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.commsplan.PlanChannel;
import org.membercomms.commsplan.PlanItem;
import org.membercomms.commsplan.PlanItemDetails;
import org.membercomms.commsplan.PlanItemKind;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.system.CouncilTime;
import org.membercomms.system.FieldError;

/**
 * The form that creates or edits a plan item. Dates are a date and a time, as the
 * browser's own date and time fields send them.
 *
 * @param kind the kind's name
 * @param title the title
 * @param summary what it is about
 * @param keyMessages the messages it carries
 * @param copy the text that will be published
 * @param priorities the ids of the priorities it serves
 * @param channels the channels' names
 * @param audiences who it is for
 * @param owner the officer responsible
 * @param directorate the directorate
 * @param publishDate the day it goes out (yyyy-mm-dd)
 * @param publishTime the time it goes out (hh:mm)
 * @param endDate the day it ends, or blank
 * @param stage "idea" or "planned" (new items only)
 */
public record PlanItemForm(String kind, String title, String summary, String keyMessages, String copy,
		List<String> priorities, List<String> channels, String audiences, String owner, String directorate,
		String publishDate, String publishTime, String endDate, String stage) {

	public PlanItemForm {
		priorities = (priorities != null) ? List.copyOf(priorities) : List.of();
		channels = (channels != null) ? List.copyOf(channels) : List.of();
	}

	/**
	 * @return an empty form for a new item
	 */
	static PlanItemForm blank() {
		return new PlanItemForm("", "", "", "", "", List.of(), List.of(), "", "", "", "", "09:00", "", "planned");
	}

	/**
	 * @return the form filled with an item's details
	 */
	static PlanItemForm of(PlanItem item) {
		PlanItemDetails details = item.details();
		var publish = details.publishAt().atZone(CouncilTime.ZONE);
		return new PlanItemForm(details.kind().name(), details.title(), details.summary(),
				orBlank(details.keyMessages()), orBlank(details.copy()),
				details.priorities().stream().map(PriorityId::toString).toList(),
				details.channels().stream().map(PlanChannel::name).toList(), orBlank(details.audiences()),
				details.owner(), details.directorate(), publish.toLocalDate().toString(),
				publish.toLocalTime().toString(),
				(details.endsAt() != null) ? details.endsAt().atZone(CouncilTime.ZONE).toLocalDate().toString() : "",
				item.status().name().toLowerCase());
	}

	/**
	 * @return what is wrong with the form, one message per field, in the order of the
	 * page
	 */
	List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		if (kindOrNull() == null) {
			problems.add(new FieldError("kind", "Choose what kind of item it is"));
		}
		require(problems, this.title, "title", "Enter a title");
		if (this.title != null && this.title.strip().length() > 200) {
			problems.add(new FieldError("title", "The title must be 200 characters or fewer"));
		}
		require(problems, this.summary, "summary", "Enter a summary");
		if (this.priorities.isEmpty() || !this.priorities.stream().allMatch(PlanItemForm::isId)) {
			problems.add(new FieldError("priorities", "Choose at least one priority of the Strategic Plan"));
		}
		if (this.channels.isEmpty() || !this.channels.stream().allMatch(PlanItemForm::isChannel)) {
			problems.add(new FieldError("channels", "Choose at least one channel"));
		}
		require(problems, this.owner, "owner", "Enter the owner");
		require(problems, this.directorate, "directorate", "Enter the directorate");
		if (publishAt() == null) {
			problems.add(new FieldError("publishDate", "Enter the date and time it goes out, as a real date and time"));
		}
		else if (!blank(this.endDate) && endAt() == null) {
			problems.add(new FieldError("endDate", "Enter the end as a real date, or leave it blank"));
		}
		else if (endAt() != null && endAt().isBefore(publishAt())) {
			problems.add(new FieldError("endDate", "The end must be on or after the day it goes out"));
		}
		return problems;
	}

	/**
	 * @return the details; call only when there are no {@link #problems()}
	 */
	PlanItemDetails toDetails() {
		Set<PriorityId> chosen = this.priorities.stream()
			.map(id -> new PriorityId(UUID.fromString(id)))
			.collect(Collectors.toSet());
		Set<PlanChannel> where = this.channels.stream().map(PlanChannel::valueOf).collect(Collectors.toSet());
		return new PlanItemDetails(kindOrNull(), this.title.strip(), this.summary.strip(),
				nullIfBlank(this.keyMessages), nullIfBlank(this.copy), chosen, where, nullIfBlank(this.audiences),
				this.owner.strip(), this.directorate.strip(), publishAt(), endAt());
	}

	boolean planned() {
		return !"idea".equals(this.stage);
	}

	private PlanItemKind kindOrNull() {
		try {
			return blank(this.kind) ? null : PlanItemKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Instant publishAt() {
		try {
			LocalTime time = blank(this.publishTime) ? LocalTime.of(9, 0) : LocalTime.parse(this.publishTime.strip());
			return LocalDate.parse(orBlank(this.publishDate).strip()).atTime(time).atZone(CouncilTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Instant endAt() {
		try {
			return blank(this.endDate) ? null
					: LocalDate.parse(this.endDate.strip()).atTime(23, 59).atZone(CouncilTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isId(String value) {
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isChannel(String value) {
		return java.util.Arrays.stream(PlanChannel.values()).anyMatch(channel -> channel.name().equals(value));
	}

	private static void require(List<FieldError> problems, String value, String field, String message) {
		if (blank(value)) {
			problems.add(new FieldError(field, message));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String nullIfBlank(String value) {
		return blank(value) ? null : value.strip();
	}

	private static String orBlank(String value) {
		return (value != null) ? value : "";
	}

}
