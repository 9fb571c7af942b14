package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The learned reading's table: read, written, and scored as a softmax over its classes.
 */
class HostilityModelTest {

	static HostilityModel toy() {
		float[] bias = { 1, 0, 0, 0, 0, 0 };
		return new HostilityModel("a toy", bias, Map.of("loathe", new float[] { 0, 4, 0, 0, 0, 0 }, "visit",
				new float[] { 0, 0, 1.5f, 0, 0, 0 }, "pay <person>", new float[] { 0, 0, 2, 0, 0, 0 }));
	}

	@Test
	void scoresAsASoftmaxThatSumsToOne() {
		double[] p = toy().probabilities(List.of("i", "loathe", "<group>"));
		assertThat(p).hasSize(Hostility.values().length);
		assertThat(p[Hostility.CONTEMPT_FOR_GROUP.ordinal()]).isGreaterThan(0.8);
		assertThat(p[0] + p[1] + p[2] + p[3] + p[4] + p[5]).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void looksUpAPairOfWordsByItsTwoWords() {
		double[] pair = toy().probabilities(List.of("pay", "<person>", "pay <person>"));
		double[] apart = toy().probabilities(List.of("pay", "<person>", "<person> pay"));
		assertThat(pair[Hostility.THREAT.ordinal()]).isGreaterThan(apart[Hostility.THREAT.ordinal()]);
		assertThat(toy().towards("pay <person>", Hostility.THREAT)).isZero();
	}

	@Test
	void readsWordsItNeverSawAsNothingButItsBias() {
		double[] p = toy().probabilities(List.of("lovely", "day"));
		assertThat(p[Hostility.NONE.ordinal()]).isGreaterThan(p[Hostility.THREAT.ordinal()]);
		assertThat(toy().towards("lovely", Hostility.THREAT)).isZero();
		assertThat(toy().towards("visit", Hostility.THREAT)).isEqualTo(1.5);
	}

	@Test
	void countsAWordsClassesBesideTheWordWhenScoringAndWeighingEvidence() {
		HostilityModel model = new HostilityModel("classes", new float[] { 1, 0, 0, 0, 0, 0 },
				Map.of("^animal.n1", new float[] { 0, 3, 0, 0, 0, 0 }));
		HostilityFeatures.Feature hyena = new HostilityFeatures.Feature("hyena", 0, 0);
		HostilityFeatures.Feature teapot = new HostilityFeatures.Feature("teapot", 0, 0);
		double animal = model.probabilities(List.of(List.of(hyena)))[Hostility.CONTEMPT_FOR_GROUP.ordinal()];
		double thing = model.probabilities(List.of(List.of(teapot)))[Hostility.CONTEMPT_FOR_GROUP.ordinal()];
		assertThat(animal).isGreaterThan(0.7).isGreaterThan(thing);
		assertThat(model.towards("hyena", Hostility.CONTEMPT_FOR_GROUP)).isEqualTo(3.0);
		assertThat(model.towards("not:hyena", Hostility.CONTEMPT_FOR_GROUP)).isZero();
		assertThat(model.towards("teapot", Hostility.CONTEMPT_FOR_GROUP)).isZero();
	}

	@Test
	void writesATableItReadsBackTheSame() throws IOException {
		StringWriter out = new StringWriter();
		toy().write(out);
		assertThat(out.toString()).startsWith("# a toy\nfeature\tNONE\tCONTEMPT_FOR_GROUP")
			.contains("(bias)\t1.0000\t0.0000")
			.contains("loathe\t0.0000\t4.0000")
			.contains("pay <person>\t0.0000\t0.0000\t2.0000");
		HostilityModel back = HostilityModel.read(new StringReader(out.toString()));
		assertThat(back.description()).isEqualTo("a toy");
		assertThat(back.probabilities(List.of("loathe", "visit")))
			.containsExactly(toy().probabilities(List.of("loathe", "visit")), within(1e-6));
	}

	@Test
	void refusesATableWithAShortLineOrNoBias() {
		assertThatThrownBy(() -> HostilityModel.read(new StringReader("feature\tNONE\nloathe\t1\t2\n")))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("cells");
		assertThatThrownBy(() -> HostilityModel.read(new StringReader("# nothing\n"))).isInstanceOf(IOException.class)
			.hasMessageContaining("(bias)");
	}

	@Test
	void theShippedModelSaysHowItWasFitted() {
		assertThat(HostilityModel.load().description()).contains("fit-hostility");
	}

}
