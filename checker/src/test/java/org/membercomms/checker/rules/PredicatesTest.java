package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The predicate heads the composition layer finds, by class: single heads, short phrases,
 * and the two slots (a verb and its particle, a placing verb and a place for animals).
 */
class PredicatesTest {

	static Set<Predicate.Kind> kinds(String text) {
		Analysis post = Analysed.of(text);
		Set<Predicate.Kind> kinds = EnumSet.noneOf(Predicate.Kind.class);
		for (int s = 0; s < post.text().sentences(); s++) {
			int[] bounds = post.sentenceBounds(s);
			if (bounds != null) {
				Analysed.PREDICATES.in(post, bounds[0], bounds[1]).forEach((p) -> kinds.add(p.kind()));
			}
		}
		return kinds;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I despise the lot of them.                         | HOSTILITY
			Honestly I can't stand them.                       | HOSTILITY
			I'm sick and tired of them.                        | HOSTILITY
			They are vermin.                                   | DEHUMANISING
			They are a plague on this town.                    | DEHUMANISING
			They should know their place.                      | INFERIORITY
			They belong in a zoo.                              | INFERIORITY
			They should be kept in cages.                      | INFERIORITY
			They are not fit to sit on a committee.            | INFERIORITY
			They shouldn't be allowed in the chamber.          | EXCLUSION
			We need to drive them out.                         | EXCLUSION
			Keep the lot of them away from our schools.        | EXCLUSION
			They bring nothing but crime.                      | TRAIT
			They are all thieves.                              | TRAIT
			They are never any good at anything.               | NEGATED_PRAISE
			They can't be trusted with money.                  | NEGATED_PRAISE
			I want to stab him.                                | VIOLENCE
			String them up.                                    | VIOLENCE
						Somebody should kick his head in.                  | VIOLENCE
			I'll knock his teeth down his throat.              | VIOLENCE
			They should make them leave.                       | EXCLUSION
			Smash up their diggers.                            | DAMAGE
			Someone should slash the tyres.                    | DAMAGE
			Torch the place.                                   | DAMAGE
			Carry on and you'll find out what happens.         | VEILED_THREAT
			I know where you live.                             | VEILED_THREAT
						We'll pay them a visit.                            | VEILED_THREAT
			Keep it up and see what happens to you.            | VEILED_THREAT
			""")
	void findsHeadsByClass(String text, Predicate.Kind kind) {
		assertThat(kinds(text)).contains(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hate crime is rising in the borough.", "I hate to say it, but the bins are late.",
			"Let's kill the bill at committee.", "She has a shot at the title.", "Hang on, the meeting starts at six.",
			"We'll smash our fundraising target.", "I'll shoot you an email about the potholes.",
			"The mayor will attack the budget in the debate." })
	void leavesFigurativeUsesOut(String text) {
		assertThat(kinds(text)).doesNotContain(Predicate.Kind.HOSTILITY, Predicate.Kind.VIOLENCE,
				Predicate.Kind.DAMAGE);
	}

}
