package org.membercomms.checker.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.fitting.Corpora.Example;
import org.membercomms.checker.offensive.OffensiveModel;
import org.membercomms.checker.text.Lexicons;

class TrainerTest {

	private static final Lexicons LEXICONS = Lexicons.load();

	private static final String[] RUDE = { "you utter plonker", "what a rotten scoundrel you are",
			"shut up you plonker", "get lost scoundrel", "you are a rotten plonker" };

	private static final String[] KIND = { "thank you for the lovely afternoon", "the library opens at nine",
			"a lovely walk by the river", "thanks to our volunteers", "the park is open again" };

	private static List<Example> synthetic(long seed, int count) {
		Random random = new Random(seed);
		List<Example> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean rude = i % 3 == 0;
			String[] pool = rude ? RUDE : KIND;
			out.add(new Example(Integer.toString(i), pool[random.nextInt(pool.length)] + " " + i, rude ? 1 : 0));
		}
		return out;
	}

	private static byte[] train() throws IOException {
		Trainer.Settings settings = new Trainer.Settings(12, 3, 0.2, 1e-6, new float[] { 1f, 1f, 1f, 0f }, true, 1.0,
				1.0, true, false, 7L);
		OffensiveModel model = new Trainer(settings, LEXICONS).train(synthetic(1, 150), synthetic(2, 60), "test");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		model.write(out);
		return out.toByteArray();
	}

	@Test
	void trainsTheSameModelTwice() throws IOException {
		assertThat(train()).isEqualTo(train());
	}

	@Test
	void learnsAndCalibratesOnATinySet() throws IOException {
		Trainer.Settings settings = new Trainer.Settings(12, 3, 0.2, 1e-6, new float[] { 1f, 1f, 1f, 0f }, true, 1.0,
				1.0, true, false, 7L);
		Trainer trainer = new Trainer(settings, LEXICONS);
		OffensiveModel model = trainer.train(synthetic(1, 150), synthetic(2, 60), "test");
		Metrics metrics = ModelFit.measure(synthetic(3, 60),
				(text) -> model.assess(text, trainer.tokens(text)).probability());
		assertThat(metrics.macroF1()).isGreaterThan(0.9);
	}

	@Test
	void splitsByClassWithAFixedSeed() {
		List<Example> examples = synthetic(4, 300);
		assertThat(Splits.stratified(examples, 0.1, 5L)).hasSize(30).isEqualTo(Splits.stratified(examples, 0.1, 5L));
		long offensive = Splits.in(examples, Splits.stratified(examples, 0.1, 5L), true)
			.stream()
			.filter((e) -> e.offensive() == 1)
			.count();
		assertThat(offensive).isEqualTo(10);
	}

}
