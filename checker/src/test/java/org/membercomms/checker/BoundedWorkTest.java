package org.membercomms.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker's work grows no faster than the post, whatever the post (issue 16): every
 * check of a generated adversarial post takes at most {@link StepBound} steps. Each post
 * is one to three of the shapes that once made the checker slow, or could, mixed at
 * random and grown to up to 30,000 chars; no timing is measured (the figures for 100 KB
 * posts of each shape are in {@code ShapesBenchmark} and the checker's README).
 * <p>
 * The posts are drawn by {@link Random} from fixed seeds, so every run checks the same
 * posts and a failing case can be made again from the seed in its name
 * ({@code AdversarialPost.of(seed)}, {@code ShortText.of(seed)}).
 */
class BoundedWorkTest {

	private static final PostChecker CHECKER = PostChecker.create();

	/**
	 * How many adversarial posts are checked: the same posts on every run, so enough that
	 * a check whose work grows with the square of a run of spelled-out letters (the limit
	 * of {@code SpelledOut.LONGEST} taken away) fails on a dozen of them.
	 */
	private static final int ADVERSARIAL_POSTS = 600;

	/** How many short texts of any chars are checked. */
	private static final int SHORT_TEXTS = 300;

	/** The longest adversarial post. */
	private static final int MOST_CHARS = 30_000;

	/**
	 * The bands the size of a post is drawn from, one of them at random and then any size
	 * in it: each band (but the first) starts at a third of the distance from 1 to the
	 * start of the band above, so small posts (where the fixed work of a check counts
	 * most) are as likely as large ones.
	 */
	private static final int[] SIZE_BANDS = { 1, 14, 42, 124, 371, 1_112, 3_334, 10_000, MOST_CHARS + 1 };

	/** The longest short text. */
	private static final int MOST_SHORT_CHARS = 300;

	@ParameterizedTest(name = "{0}")
	@MethodSource("adversarialPosts")
	void checksAnyMixOfAdversarialShapesInStepsProportionalToItsLength(AdversarialPost post) {
		Report report = StepBound.checkWithin(CHECKER, Post.of(post.text()), post.toString());
		assertThat(report.verdict()).isNotNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shortTexts")
	void checksAnyShortTextWithinTheBound(ShortText text) {
		StepBound.checkWithin(CHECKER, Post.of(text.text()), text.toString());
	}

	static Stream<AdversarialPost> adversarialPosts() {
		return LongStream.rangeClosed(1, ADVERSARIAL_POSTS).mapToObj(AdversarialPost::of);
	}

	static Stream<ShortText> shortTexts() {
		return LongStream.rangeClosed(1, SHORT_TEXTS).mapToObj(ShortText::of);
	}

	/**
	 * The random numbers of a seed. Consecutive seeds give {@link Random} nearly the same
	 * first numbers, so the seed is spread over all the bits first.
	 */
	private static Random random(long seed) {
		return new Random(seed * 0x9E37_79B9_7F4A_7C15L);
	}

	/**
	 * A post of one to three shapes (the same shape may come twice), mixed at random. The
	 * first shape goes round the fifteen in turn with the seed, so each shape is in forty
	 * posts at least; the others, the size and the post itself are drawn from the seed.
	 *
	 * @param seed the seed the post is drawn from
	 * @param shapes the shapes it is grown from
	 * @param size its length
	 * @param text the post
	 */
	record AdversarialPost(long seed, List<Shape> shapes, int size, String text) {

		static AdversarialPost of(long seed) {
			Random random = random(seed);
			Shape[] all = Shape.values();
			List<Shape> shapes = new ArrayList<>();
			shapes.add(all[(int) Math.floorMod(seed - 1, all.length)]);
			int more = random.nextInt(3);
			for (int k = 0; k < more; k++) {
				shapes.add(all[random.nextInt(all.length)]);
			}
			int band = random.nextInt(SIZE_BANDS.length - 1);
			int size = SIZE_BANDS[band] + random.nextInt(SIZE_BANDS[band + 1] - SIZE_BANDS[band]);
			return new AdversarialPost(seed, List.copyOf(shapes), size, grow(shapes, size, random));
		}

		@Override
		public String toString() {
			return "seed " + this.seed + ": " + this.shapes + ", " + this.size + " chars";
		}

	}

	/**
	 * A text of up to 300 chars of any kind: any UTF-16 char (lone surrogates, controls
	 * and private use included), an ASCII char or a char the text already has, each as
	 * likely. Most texts are up to 32 chars long; one in ten is longer, and one in fifty
	 * is 300.
	 *
	 * @param seed the seed the text is drawn from
	 * @param text the text
	 */
	record ShortText(long seed, String text) {

		static ShortText of(long seed) {
			Random random = random(seed);
			double draw = random.nextDouble();
			int length = (draw < 0.02) ? MOST_SHORT_CHARS
					: (draw < 0.12) ? 33 + random.nextInt(MOST_SHORT_CHARS - 32) : random.nextInt(33);
			StringBuilder text = new StringBuilder(length);
			while (text.length() < length) {
				text.append(switch (random.nextInt(3)) {
					case 0 -> (char) random.nextInt(Character.MAX_VALUE + 1);
					case 1 -> (char) random.nextInt(128);
					default -> text.isEmpty() ? ' ' : text.charAt(random.nextInt(text.length()));
				});
			}
			return new ShortText(seed, text.toString());
		}

		@Override
		public String toString() {
			return "seed " + this.seed + ": " + this.text.length() + " chars";
		}

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
