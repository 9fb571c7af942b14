package org.membercomms.commsplan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.membercomms.commsplan.PlanItem;

/**
 * What the calendar is narrowed to, as the filter form sends it and the address keeps it:
 * a priority's id, a channel's name and a directorate, each blank for all.
 *
 * @param priority a priority's id, or blank
 * @param channel a channel's name, or blank
 * @param directorate a directorate, or blank
 */
public record CalendarFilter(String priority, String channel, String directorate) {

	public CalendarFilter {
		priority = (priority == null) ? "" : priority.strip();
		channel = (channel == null) ? "" : channel.strip();
		directorate = (directorate == null) ? "" : directorate.strip();
	}

	boolean matches(PlanItem item) {
		return (this.priority.isEmpty()
				|| item.details().priorities().stream().anyMatch(id -> id.value().toString().equals(this.priority)))
				&& (this.channel.isEmpty()
						|| item.details().channels().stream().anyMatch(each -> each.name().equals(this.channel)))
				&& (this.directorate.isEmpty() || this.directorate.equalsIgnoreCase(
						(item.details().directorate() != null) ? item.details().directorate().strip() : ""));
	}

	/**
	 * @return the filter as the rest of a query string ({@code &priority=...}), empty
	 * when there is none
	 */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "priority", this.priority);
		add(parts, "channel", this.channel);
		add(parts, "directorate", this.directorate);
		return parts.isEmpty() ? "" : "&" + String.join("&", parts);
	}

	/**
	 * @return the filter as a whole query string ({@code ?priority=...}), empty when
	 * there is none
	 */
	public String search() {
		String query = query();
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}

	private static void add(List<String> parts, String name, String value) {
		if (!value.isEmpty()) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
