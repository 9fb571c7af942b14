package org.membercomms.checker;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker's work grows no faster than the post, whatever the post (issue 16): every
 * check of a generated adversarial post takes at most {@link StepBound} steps. Each post
 * is one to three of the shapes that once made the checker slow, or could, mixed at
 * random and grown to up to 30,000 chars; no timing is measured (the figures for 100 KB
 * posts of each shape are in {@code ShapesBenchmark} and the checker's README).
 */
class BoundedWorkTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@Property(tries = 60)
	void checksAnyMixOfAdversarialShapesInStepsProportionalToItsLength(@ForAll("adversarial") String text) {
		Report report = StepBound.checkWithin(CHECKER, Post.of(text));
		assertThat(report.verdict()).isNotNull();
	}

	@Property(tries = 300)
	void checksAnyShortTextWithinTheBound(@ForAll @StringLength(max = 300) String text) {
		StepBound.checkWithin(CHECKER, Post.of(text));
	}

	@Provide
	Arbitrary<String> adversarial() {
		Arbitrary<List<Shape>> shapes = Arbitraries.of(Shape.values()).list().ofMinSize(1).ofMaxSize(3);
		Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 30_000);
		Arbitrary<Random> randoms = Arbitraries.randomValue((random) -> new Random(random.nextLong()));
		return Combinators.combine(shapes, sizes, randoms).as(BoundedWorkTest::grow);
	}

	/** Grows a post to a size from units of the shapes, picked at random. */
	private static String grow(List<Shape> shapes, int size, Random random) {
		StringBuilder post = new StringBuilder(size + 64);
		while (post.length() < size) {
			post.append(shapes.get(random.nextInt(shapes.size())).unit.apply(random));
			post.append(pick(random, "", " ", " ", ". ", "\n", ", ", " and "));
		}
		return post.substring(0, size);
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static String repeat(Random random, int most, Function<Random, String> unit) {
		StringBuilder out = new StringBuilder();
		int times = 1 + random.nextInt(most);
		for (int k = 0; k < times; k++) {
			out.append(unit.apply(random));
		}
		return out.toString();
	}

	private static String letters(Random random, int most) {
		return repeat(random, most, (r) -> String.valueOf((char) ('a' + r.nextInt(26))));
	}

	/** The shapes of post that once made the checker slow, or could. */
	enum Shape {

		REPEATED_LETTERS((r) -> String.valueOf((char) ('a' + r.nextInt(3))).repeat(1 + r.nextInt(300))),

		SPELLED_OUT((r) -> repeat(r, 60,
				(s) -> pick(s, "a", "f", "u", "c", "k", "s", "h", "i", "t", "1", "x")
						+ pick(s, " ", ". ", ".", " ", "-"))),

		REPEATED_WORDS((r) -> repeat(r, 50,
				(s) -> pick(s, "idiot ", "crook ", "the ", "a ", "council ", "kill ", "you ", "lives ", "not ",
						"called ", "he ", "is ", "court ", "election ", "my ", "son ", "constituent "))),

		NAMES((r) -> repeat(r, 40,
				(s) -> pick(s, "", "Cllr ", "Mrs ", "Dr ", "resident ")
						+ pick(s, "John ", "Mary ", "Peter ", "Rose ", "Grace ", "Will ")
						+ pick(s, "Smith ", "Jones ", "Brown ", "Green ", "Hall ", "Street ", "Homes Ltd "))),

		MENTIONS_AND_HASHTAGS((r) -> repeat(r, 40,
				(s) -> pick(s, "@", "#", "@@", "#") + letters(s, 30) + pick(s, "", "_", "2026") + " ")),

		EMOJI((r) -> repeat(r, 80,
				(s) -> pick(s, "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "☀", "\u200D", "\uFE0F", "🇬🇧"))),

		LONG_URLS((r) -> "https://" + letters(r, 20) + ".example.co.uk/"
				+ repeat(r, 200, (s) -> letters(s, 12) + pick(s, "/", "-", "_", ".", "?q=", "&a=", "%20", "#"))),

		QUOTES_AND_BRACKETS((r) -> repeat(r, 60,
				(s) -> pick(s, "\"", "'", "(", ")", "[", "{", "«", "“", "‘", "’") + pick(s, "", "he ", "idiot", "x"))),

		LONG_WORDS((r) -> letters(r, 6_000)),

		NUMBERS((r) -> repeat(r, 30,
				(s) -> pick(s, "07912 345678", "+44 (0)20 7946 0958", "SW1A 1AA", "AB 12 34 56 C", "943 476 5919",
						"born 12/03/1985", "DOB: 1 March 1990", "12 Rose Road", "AB12 CDE", "0123456789", "1", "(", "+",
						"-", "£900k") + pick(s, " ", "", ", ", "."))),

		EMAILS((r) -> repeat(r, 30,
				(s) -> pick(s, "john.smith@gmail.com", "@", "a@b", ".@.", letters(s, 70) + "@" + letters(s, 70))
						+ pick(s, " ", "", "."))),

		MATCHES_WITHOUT_BREAKS((r) -> repeat(r, 40,
				(s) -> pick(s, "he is a crook ", "i will kill you ", "the court heard he lied ",
						"he lives at 12 Rose Road ", "smash the windows at the election ", "all muslims are ",
						"the exempt report says ", "Cllr Smith is useless ", "f*** off ",
						"my constituent Mary has cancer ", "I was called a useless idiot "))),

		MASKED((r) -> repeat(r, 50, (s) -> pick(s, "f***", "c*nt", "****", "*", "sh*t", "f**k**g") + " ")),

		MIXED_SCRIPTS((r) -> repeat(r, 50,
				(s) -> pick(s, "Z̷̢̛̭̫̗̈́a̴̡̛͓̙̐l̸̛̝̔g̶̠̈́o", "іdіоt", "ｆｕｃｋ", "مرحبا", "\u202E", "\uD800", "\u0000",
						"ß"))),

		COUNCIL_PROSE((r) -> pick(r, "The budget report will be discussed at Tuesday's committee meeting.",
				"Thanks to all our volunteers for clearing Rose Avenue park!",
				"I will listen to all the evidence before the planning committee decides."));

		final Function<Random, String> unit;

		Shape(Function<Random, String> unit) {
			this.unit = unit;
		}

	}

}
