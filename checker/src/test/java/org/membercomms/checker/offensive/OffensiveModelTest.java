package org.membercomms.checker.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Span;
import org.membercomms.checker.rules.Hostility;
import org.membercomms.checker.rules.HostilityModel;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;

class OffensiveModelTest {

	private static final OffensiveModel MODEL = OffensiveModel.load();

	private static final Words WORDS = new Words(Lexicons.load());

	private static OffensiveModel.Assessment assess(String text) {
		return MODEL.assess(text, WORDS.of(text).tokens());
	}

	@Test
	void loadsTheShippedModelWithItsTrainingRecord() {
		assertThat(MODEL.description()).contains("trained on OLID").contains("seed=");
	}

	@Test
	void separatesAbuseFromOrdinaryPosts() {
		assertThat(assess("Shut your stupid mouth, nobody cares what you think").probability()).isGreaterThan(0.85);
		assertThat(assess("Thanks to everyone who came to the litter pick on Saturday").probability()).isLessThan(0.5);
		assertThat(assess("").probability()).isZero();
	}

	@Test
	void seesThroughLeetspeakAndMasking() {
		double plain = assess("you are a pathetic loser").probability();
		assertThat(assess("you are a p@thetic l0ser").probability()).isGreaterThan(0.5)
			.isCloseTo(plain, org.assertj.core.data.Offset.offset(0.2));
	}

	@Test
	void mapsEvidenceToTheOriginalText() {
		String text = "Honestly Dave, ur a p@thetic L0SER";
		List<Token> tokens = WORDS.of(text).tokens();
		OffensiveModel.Assessment assessment = MODEL.assess(text, tokens);
		List<Integer> evidence = OffensiveRule.evidence(tokens, assessment.words());
		List<String> words = evidence.stream()
			.map((t) -> text.substring(tokens.get(t).start(), tokens.get(t).end()))
			.toList();
		assertThat(words).contains("L0SER");
		assertThat(text).contains(words);
	}

	@Test
	void addsAFindingWithTheWordsThatDroveTheScore() {
		String text = "Shut your stupid mouth, nobody cares what you think";
		// the learned reading reads this post too (and is tested on its own): here it is
		// silent, so that the offensive-language model's own finding is seen
		float[] none = new float[Hostility.values().length];
		none[Hostility.NONE.ordinal()] = 100;
		PostChecker checker = PostChecker.create(OffensiveModel.load(), new HostilityModel("silent", none, Map.of()));
		Report report = checker.check(text);
		assertThat(report.offensive()).isGreaterThanOrEqualTo(0.85);
		Finding finding = report.findings()
			.stream()
			.filter((f) -> f.category() == Category.DISRESPECT)
			.findFirst()
			.orElseThrow();
		assertThat(finding.explanation()).contains("offensive-language model");
		assertThat(finding.spans()).extracting((Span s) -> s.in(text)).contains("stupid");
	}

	@Test
	void leavesRespectfulMentionsOfGroupsAlone() {
		PostChecker checker = PostChecker.create();
		for (String text : List.of("Muslim families in Eastfield celebrated Eid today",
				"The gay community centre opens on Monday",
				"Our Jewish and Sikh neighbours cooked for the food bank")) {
			Report report = checker.check(text);
			assertThat(report.offensive()).as(text).isLessThan(0.5);
			assertThat(report.findings()).as(text).isEmpty();
		}
	}

	@Test
	void scoresAMegabyteWordWithoutOverflow() {
		String word = "fuckwit".repeat(150_000);
		double probability = assess(word).probability();
		assertThat(probability).isBetween(0.0, 1.0);
		assertThat(assess(word).probability()).isEqualTo(probability);
	}

	@Test
	void writesAndReadsTheSameModel() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MODEL.write(out);
		OffensiveModel copy = OffensiveModel.read(new ByteArrayInputStream(out.toByteArray()));
		String text = "What a useless pillock you are";
		assertThat(copy.assess(text, WORDS.of(text).tokens()).probability()).isEqualTo(assess(text).probability());
	}

}
