package org.membercomms.checker.functional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.membercomms.checker.Report;
import org.membercomms.checker.functional.FunctionalSuite.Case;

/**
 * The two parts of the development and everyday sets, measured: each file's
 * {@code development} part (may be tuned or fitted on) and {@code development-check} part
 * (only measured), each case checked and scored as the suite scores it.
 */
final class Parts {

	private Parts() {
	}

	/**
	 * Checks every case of the files and prints each part's table. With
	 * {@code -Ddevelopment.failures=true} it also prints the {@code development} parts'
	 * wrong cases (never the check parts').
	 * @param files the files of templates
	 * @param title what to call a set in the tables
	 * @return file and part, joined by a space, to accuracy, in file order
	 */
	static Map<String, Accuracy> measure(List<String> files, String title) {
		boolean printFailures = Boolean.getBoolean("development.failures");
		Map<String, Accuracy> byPart = new LinkedHashMap<>();
		for (String file : files) {
			byPart.put(file + " " + FunctionalSuite.DEVELOPMENT, new Accuracy());
			byPart.put(file + " " + FunctionalSuite.DEVELOPMENT_CHECK, new Accuracy());
			for (Case c : FunctionalSuite.load(file).cases()) {
				Report report = Scoring.check(c);
				boolean right = Scoring.right(c, report);
				byPart.get(file + " " + c.half()).add(c.functionality(), right);
				if (printFailures && !right && c.half().equals(FunctionalSuite.DEVELOPMENT)) {
					System.out.println("WRONG " + c.id() + " " + report.verdict() + " " + c.text());
				}
			}
		}
		byPart.forEach((part, accuracy) -> System.out.println(accuracy.table(title + " " + part)));
		return byPart;
	}

	/**
	 * Asserts that every part has a floor and is at or above it.
	 * @param byPart the measured parts
	 * @param floors the floors, by file and part
	 */
	static void assertAtOrAboveFloors(Map<String, Accuracy> byPart, Map<String, Double> floors) {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(floors.keySet()).containsExactlyInAnyOrderElementsOf(byPart.keySet());
		byPart.forEach((part, accuracy) -> softly.assertThat(accuracy.overall())
			.as(part)
			.isGreaterThanOrEqualTo(floors.getOrDefault(part, 1.0)));
		softly.assertAll();
	}

}
