package org.membercomms.checker.fitting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.fitting.Corpora.Example;

/**
 * Measures the whole checker, not only its offensive score, on the validation split of
 * HatEval 2019 (TweetEval version, hate against immigrants and women): a tweet counts as
 * flagged hate when its report has a DISCRIMINATION or INCITEMENT finding of CAUTION or
 * above. Reads the validation split only; HatEval is never trained on (research only).
 */
public final class HatEvalEvaluation {

	/** The validation split's folder within the data folder. */
	static final String FOLDER = "hateval2019-tweeteval";

	/** The categories that count as hate. */
	static final Set<Category> HATE = EnumSet.of(Category.DISCRIMINATION, Category.INCITEMENT);

	private HatEvalEvaluation() {
	}

	/**
	 * @param data the data folder, e.g. {@code ../shared/data}
	 * @return whether it holds the validation split's tweets and labels
	 */
	public static boolean available(Path data) {
		return Files.isRegularFile(data.resolve(FOLDER + "/val_text.txt"))
				&& Files.isRegularFile(data.resolve(FOLDER + "/val_labels.txt"));
	}

	/**
	 * @param data the data folder
	 * @return the validation split's tweets, hate is 1
	 * @throws IOException when they cannot be read
	 */
	public static List<Example> validation(Path data) throws IOException {
		return new Corpora(data).hateval("val");
	}

	/**
	 * Whether a report counts as flagged hate.
	 * @param report the checker's report on one tweet
	 * @return true when it has a DISCRIMINATION or INCITEMENT finding of CAUTION or above
	 */
	public static boolean flagsHate(Report report) {
		for (Finding finding : report.findings()) {
			if (HATE.contains(finding.category()) && finding.severity().compareTo(Severity.CAUTION) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks every tweet with an empty context and counts it against its label.
	 * @param tweets the labelled tweets
	 * @param checker the checker
	 * @return the figures, hate as the positive class
	 */
	public static Metrics measure(List<Example> tweets, PostChecker checker) {
		return count(tweets, checker::check);
	}

	/**
	 * Counts each tweet's report against its label.
	 * @param tweets the labelled tweets
	 * @param check the report on a tweet's text
	 * @return the figures, hate as the positive class
	 */
	static Metrics count(List<Example> tweets, Function<String, Report> check) {
		Metrics metrics = new Metrics();
		for (Example tweet : tweets) {
			metrics.add(tweet.offensive(), flagsHate(check.apply(tweet.text())) ? 1 : 0);
		}
		return metrics;
	}

}
