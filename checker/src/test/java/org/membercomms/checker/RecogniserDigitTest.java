package org.membercomms.checker;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.recognise.Identifiers;
import org.membercomms.checker.recognise.Recogniser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker asks each recogniser whether it needs a digit, rather than deciding itself.
 */
class RecogniserDigitTest {

	@Test
	void aRecogniserThatNeedsNoDigitRunsOnATextWithoutDigitsAndOneThatNeedsADigitDoesNot() {
		List<String> ran = new ArrayList<>();
		Recogniser words = Recogniser.of(false, (text) -> {
			ran.add("words");
			return List.of(new Entity(Entity.Kind.EMAIL, 0, 1));
		});
		Recogniser numbers = Recogniser.of(true, (text) -> {
			ran.add("numbers");
			return List.of(new Entity(Entity.Kind.POSTCODE, 0, 1));
		});
		List<Entity> found = new ArrayList<>();
		PostChecker.recognise(List.of(numbers, words), "no digits here", found);
		assertThat(ran).containsExactly("words");
		assertThat(found).extracting(Entity::kind).containsExactly(Entity.Kind.EMAIL);
		ran.clear();
		found.clear();
		PostChecker.recognise(List.of(numbers, words), "call 0", found);
		assertThat(ran).containsExactly("numbers", "words");
		assertThat(found).extracting(Entity::kind).containsExactly(Entity.Kind.POSTCODE, Entity.Kind.EMAIL);
	}

	@Test
	void onlyEmailsNeedNoDigitAmongTheShippedRecognisers() {
		assertThat(Identifiers.emails().needsDigit()).isFalse();
		assertThat(List.of(Identifiers.postcodes(), Identifiers.niNumbers(), Identifiers.nhsNumbers(),
				Identifiers.vehicleRegistrations(), Identifiers.datesOfBirth(), Identifiers.addresses()))
			.allMatch(Recogniser::needsDigit);
	}

}
