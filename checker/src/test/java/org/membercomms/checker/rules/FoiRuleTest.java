package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;

/**
 * FOI advice appears where a post on a personal account shows council business done there
 * (a decision on a portfolio, an instruction to officers, casework handled), never merely
 * because it mentions the council, a budget or officers.
 */
class FoiRuleTest {

	private static final PostChecker CHECKER = PostChecker.create();

	private static final Context PERSONAL = Context.empty().on(Channel.PERSONAL, LocalDate.of(2026, 3, 2));

	private static boolean foi(String text, Context context) {
		return CHECKER.check(Post.of(text), context).categories().contains(Category.FOI);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I have approved the new parking charges today.",
			"As portfolio holder I've signed off the revised bin collection rounds for Acklam.",
			"Today I agreed the grant for the Linthorpe food bank as Executive Member for communities.",
			"I've instructed officers to pause the tree felling on Green Lane until the survey is done.",
			"I've asked the highways team to resurface Cumberland Road before the winter.",
			"Thanks Mrs Patel, I've raised your housing case with the housing team and will chase them on Monday.",
			"Send me your address and a description of the repair and I'll pass your case to the repairs team.",
			"As Cabinet Member for Environment I have decided to extend the garden waste service to March.",
			"I have awarded the contract for the leisure centre to Teesside Leisure Ltd.",
			"If you have a problem with your bins, DM me your address and I'll get it sorted." })
	void advisesWhenCouncilBusinessIsDoneOnAPersonalAccount(String text) {
		assertThat(foi(text, PERSONAL)).as(text).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The council's budget meeting is on Thursday at 6pm, all welcome.",
			"Thanks to the officers who cleared the snow in Linthorpe this morning.",
			"The planning committee refused the application for flats on Mill Lane.",
			"I think the council's budget is the wrong answer for Acklam.",
			"I agreed with every word the Leader said at full council.",
			"Great turnout at the Brambles Farm consultation event tonight.",
			"I approved of the old library design far more than this one.",
			"As portfolio holder for the environment I'm proud of our parks.",
			"I asked the Leader a question at full council about the library.",
			"Message me your thoughts on the new park!", "Officers told me the road will be resurfaced in May.",
			"I have never instructed officers to do anything improper." })
	void leavesMentionsOfCouncilBusinessAlone(String text) {
		assertThat(foi(text, PERSONAL)).as(text).isFalse();
	}

	@Test
	void needsAPersonalChannelAndADate() {
		String text = "I have approved the new parking charges today.";
		assertThat(foi(text, Context.empty())).isFalse();
		assertThat(foi(text, Context.empty().on(Channel.COUNCIL, LocalDate.of(2026, 3, 2)))).isFalse();
	}

	/**
	 * The share of the labelled cases, all checked as if posted on a personal account on
	 * a date, that get FOI advice (it was 0.358 when FOI advice followed words such as
	 * "council" and "budget").
	 */
	@Test
	void advisesOnFewOfTheLabelledCases() throws IOException {
		int posts = 0;
		int advised = 0;
		try (InputStream in = FoiRuleTest.class.getResourceAsStream("/org/membercomms/checker/cases.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] fields = line.split("\t", 3);
				posts++;
				if (foi(fields[2], PERSONAL)) {
					advised++;
				}
			}
		}
		double share = (double) advised / posts;
		System.out.printf(Locale.ROOT, "FOI advice on cases.tsv as personal posts: %d of %d (share %.4f)%n", advised,
				posts, share);
		assertThat(posts).isGreaterThan(900);
		assertThat(share).isLessThan(0.05);
	}

}
