package org.membercomms.commsplan.web;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.commsplan.Coverage;

/**
 * Where the coverage chart draws each theme and priority: a heading line per theme, then
 * per priority its name, a bar of items planned and a bar of those published, each with
 * its number written beside it so that nothing rests on colour.
 *
 * @param rows the lines of the chart, top to bottom
 * @param height the chart's height
 * @param scale pixels per item
 */
public record CoverageChart(List<Row> rows, int height, int scale) {

	static final int WIDTH = 440;

	/**
	 * @param coverage the figures
	 * @return the chart's layout
	 */
	public static CoverageChart of(Coverage coverage) {
		List<Row> rows = new ArrayList<>();
		int y = 0;
		for (Coverage.ThemeCoverage theme : coverage.themes()) {
			rows.add(new Row(y, theme.theme(), true, 0, 0));
			y += 32;
			for (Coverage.PriorityCoverage priority : theme.priorities()) {
				rows.add(new Row(y, priority.priority().name(), false, priority.planned(), priority.published()));
				y += 64;
			}
		}
		return new CoverageChart(List.copyOf(rows), y + 8, WIDTH / coverage.mostPlanned());
	}

	/**
	 * A line of the chart.
	 *
	 * @param y its top
	 * @param label the theme or priority
	 * @param theme whether it is a theme's heading
	 * @param planned items planned
	 * @param published items published
	 */
	public record Row(int y, String label, boolean theme, int planned, int published) {

		/**
		 * @return whether no communications are planned for the priority
		 */
		public boolean none() {
			return !this.theme && this.planned == 0;
		}

	}

}
