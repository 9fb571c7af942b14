package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The targets the composition layer finds in a sentence: who or what a word names.
 */
class TargetsTest {

	/** The kind of target a word belongs to, or NONE. */
	static String kindOf(String text, String word) {
		Analysis post = Analysed.of(text);
		int at = Analysed.word(post, word);
		int[] bounds = post.sentenceBounds(post.tokens().get(at).sentence());
		boolean groupBefore = false;
		for (int s = 0; s < post.tokens().get(at).sentence(); s++) {
			groupBefore |= post.sentenceHas(s, org.membercomms.checker.text.Marks.GROUP);
		}
		Target[] cover = Analysed.TARGETS.cover(post, bounds[0], bounds[1], groupBefore);
		Target target = cover[at - bounds[0]];
		return target == null ? "NONE" : target.kind().name();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cllr Brightwater voted against the scheme.                 | brightwater | PERSON
			Mrs Okonedo from Linthorpe wrote to me.                    | okonedo     | PERSON
			I know you read this page.                                 | you         | PERSON
			Tell him what you think.                                   | him         | PERSON
						Whoever wrote this should think again.                 | whoever     | PERSON
			Whoever wrote this should think again.                 | this        | PERSON
			The Chief Executive replied on Friday.                     | executive   | PERSON
			""")
	void findsIdentifiablePeople(String text, String word, String kind) {
		assertThat(kindOf(text, word)).isEqualTo(kind);
	}

	/** The whole target a word belongs to, its words joined by spaces, or NONE. */
	static String targetOf(String text, String word) {
		Analysis post = Analysed.of(text);
		int at = Analysed.word(post, word);
		int[] bounds = post.sentenceBounds(post.tokens().get(at).sentence());
		Target target = Analysed.TARGETS.cover(post, bounds[0], bounds[1], false)[at - bounds[0]];
		if (target == null) {
			return "NONE";
		}
		StringBuilder words = new StringBuilder();
		for (int k = target.first(); k <= target.last(); k++) {
			words.append(k > target.first() ? " " : "").append(post.tokens().get(k).norm());
		}
		return words.toString();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					I met the Leader of the Council on Friday.                 | leader    | the leader of the council
					Ask the Executive Member for Housing about the damp.       | member    | executive member for housing
					Ask the Cabinet Member for Adult Social Care about it.     | care      | cabinet member for adult social care
					The Director of Public Health wrote to us.                 | health    | director of public health
					The Head of Democratic Services took the minutes.          | services  | head of democratic services
					The Chair of the Licensing Committee ruled on it.          | chair     | chair of the licensing committee
					I'm going to kill our ward councillor Sam Okafor.          | okafor    | our ward councillor sam okafor
					Someone should thump my local councillor Ruth Ingledew.    | ingledew  | my local councillor ruth ingledew
					""")
	void readsARolePhraseWithItsTailAsOnePerson(String text, String word, String target) {
		assertThat(targetOf(text, word)).isEqualTo(target);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bev Kerrigan is a disgrace.                    | kerrigan    | PERSON
			I met Bev Kerrigan on Friday.                  | kerrigan    | PERSON
			Someone should hit Geoff Odunsi.               | odunsi      | PERSON
			Someone should hit Steph Pemberthy.              | pemberthy   | PERSON
			Tom Ashworth wrote to me.                      | ashworth    | PERSON
			The Council met in Coulby Newham.              | newham      | NONE
			The Lib Dems voted against it.                 | dems        | NONE
			We walked down to Mill Terrace.                | terrace       | NONE
			""")
	void readsAShortFormOfAKnownFirstNameBeforeASurnameAsAPerson(String text, String word, String kind) {
		assertThat(kindOf(text, word)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The planning officers recommended approval.        | officers   | PEOPLE
			The councillors met on Tuesday.                     | councillors| PEOPLE
			Muslims in Acklam raised money for the hospice.     | muslims    | GROUP
			Gay people are welcome at every event.              | gay        | GROUP
			Disabled people need step-free access.              | disabled   | GROUP
			Travellers have a site at Brambles Farm.            | travellers | GROUP
			""")
	void findsSmallGroupsAndProtectedGroups(String text, String word, String kind) {
		assertThat(kindOf(text, word)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Immigrants moved into Grove Hill. They are everywhere now.      | they  | GROUP
			Refugees arrived last week. I want that lot gone.               | that  | GROUP
			The bins were late. They are usually on time.                   | they  | NONE
			They said the meeting was cancelled.                            | they  | NONE
			""")
	void pointsBackToAGroupNamedInAnEarlierSentence(String text, String word, String kind) {
		assertThat(kindOf(text, word)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Their diggers are parked on the green.              | diggers | PROPERTY
			The contractor's yard is on Cargo Fleet Lane.        | yard    | PROPERTY
			A car was parked outside.                            | car     | PROPERTY
						The mosque on Waterloo Road opens at noon.           | mosque  | PROPERTY
			Someone keyed his car.                               | car     | PERSONAL_PROPERTY
			Cllr Royce's tyres were flat.                        | tyres   | PERSONAL_PROPERTY
			The Deputy Mayor's car was keyed.                    | car     | PERSONAL_PROPERTY
			Go round to the Director of Finance's house.         | house   | PERSONAL_PROPERTY
			Your windows are lovely.                             | windows | PERSONAL_PROPERTY
			The budget is a disgrace.                            | budget  | NONE
			""")
	void findsPropertyForCriminalDamage(String text, String word, String kind) {
		assertThat(kindOf(text, word)).isEqualTo(kind);
	}

}
