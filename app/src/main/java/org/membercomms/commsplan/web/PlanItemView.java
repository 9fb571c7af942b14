package org.membercomms.commsplan.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.membercomms.commsplan.PlanChannel;
import org.membercomms.commsplan.PlanItem;
import org.membercomms.commsplan.PlanItemStatus;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.system.CouncilTime;

/**
 * What the item pages show of a plan item.
 *
 * @param item the item
 * @param priorities the labels of the priorities it serves ("People: Schools")
 * @param channels the titles of its channels
 */
public record PlanItemView(PlanItem item, List<String> priorities, List<String> channels) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
		.withZone(CouncilTime.ZONE);

	static PlanItemView of(PlanItem item, Map<PriorityId, Priority> known) {
		List<String> labels = item.details()
			.priorities()
			.stream()
			.map(id -> known.containsKey(id) ? known.get(id).label() : id.toString())
			.sorted()
			.toList();
		List<String> channels = item.details().channels().stream().sorted().map(PlanChannel::title).toList();
		return new PlanItemView(item, labels, channels);
	}

	public String path() {
		return "/comms-plan/items/" + this.item.id();
	}

	/**
	 * @return when it goes out (and ends), in council time
	 */
	public String when() {
		String start = format(this.item.details().publishAt());
		Instant end = this.item.details().endsAt();
		return (end != null) ? start + " to " + CouncilTime.DAY.withZone(CouncilTime.ZONE).format(end) : start;
	}

	/**
	 * @return the colour class of the status tag
	 */
	public String tagClass() {
		return switch (this.item.status()) {
			case IDEA -> "govuk-tag--grey";
			case PLANNED -> "govuk-tag--blue";
			case IN_APPROVAL -> "govuk-tag--yellow";
			case APPROVED -> "govuk-tag--green";
			case PUBLISHED -> "govuk-tag--turquoise";
			case EVALUATED -> "govuk-tag--purple";
		};
	}

	public boolean is(PlanItemStatus status) {
		return this.item.status() == status;
	}

	static String format(Instant at) {
		return (at != null) ? WHEN.format(at).replace("AM", "am").replace("PM", "pm") : "";
	}

}
