package org.membercomms.checker.hostility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.hostility.Fit.Example;
import org.membercomms.checker.rules.Hostility;
import org.membercomms.checker.rules.HostilityModel;

/**
 * The fitting learns what separates the classes, leaves out features of a single template
 * when asked, and gives the same model for the same examples.
 */
class FitTest {

	private static final List<Example> EXAMPLES = List.of(
			new Example(List.of("<group>", "loathe"), Hostility.CONTEMPT_FOR_GROUP, 1),
			new Example(List.of("<group>", "welcome"), Hostility.NONE, 1),
			new Example(List.of("<person>", "batter"), Hostility.THREAT, 1),
			new Example(List.of("<person>", "thank"), Hostility.NONE, 1),
			new Example(List.of("<group>", "loathe", "really"), Hostility.CONTEMPT_FOR_GROUP, 1));

	private static final Fit.Settings SETTINGS = new Fit.Settings(30, 0.3, 0.001, 3, 1);

	@Test
	void learnsWhatSeparatesTheClasses() {
		HostilityModel model = Fit.fit(EXAMPLES, SETTINGS, "toy");
		double[] loathe = model.probabilities(List.of("<group>", "loathe"));
		double[] welcome = model.probabilities(List.of("<group>", "welcome"));
		double[] batter = model.probabilities(List.of("<person>", "batter"));
		assertThat(loathe[Hostility.CONTEMPT_FOR_GROUP.ordinal()]).isGreaterThan(0.8);
		assertThat(welcome[Hostility.NONE.ordinal()]).isGreaterThan(0.5);
		assertThat(batter[Hostility.THREAT.ordinal()]).isGreaterThan(0.5);
	}

	@Test
	void givesTheSameModelForTheSameExamples() throws IOException {
		StringWriter one = new StringWriter();
		StringWriter two = new StringWriter();
		Fit.fit(EXAMPLES, SETTINGS, "toy").write(one);
		Fit.fit(List.copyOf(EXAMPLES), SETTINGS, "toy").write(two);
		assertThat(one.toString()).isEqualTo(two.toString());
	}

}
