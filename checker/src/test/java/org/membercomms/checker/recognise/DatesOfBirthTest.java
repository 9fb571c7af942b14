package org.membercomms.checker.recognise;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates of birth are found after every way of introducing one, in any case, and words
 * that merely start like "born" or "dob" are passed over.
 */
class DatesOfBirthTest {

	private final Recogniser datesOfBirth = Identifiers.datesOfBirth();

	@Test
	void findsEveryWayOfIntroducingADateOfBirth() {
		for (String text : List.of("Her DOB: 04/03/1958, please help", "d.o.b. 4/3/58 if anyone asks",
				"He was born on 4 March 1958 in the town", "Born 12th May, 1990.", "DATE OF BIRTH 4 March 1958",
				"D.O.B - 1 Jan 2001", "born: March 4, 1958")) {
			List<Entity> found = this.datesOfBirth.find(text);
			assertThat(found).as(text).hasSize(1);
			assertThat(found.get(0).kind()).isEqualTo(Entity.Kind.DATE_OF_BIRTH);
			String covered = text.substring(found.get(0).start(), found.get(0).end()).toLowerCase();
			assertThat(covered).as(text).containsAnyOf("dob", "d.o.b", "born", "date of birth");
		}
	}

	@Test
	void passesOverWordsThatOnlyStartAlike() {
		for (String text : List.of("I was bored 4 March 1958", "doing 4/3/58 again", "dated 4/3/58",
				"boring 4 May 2020", "adob 4/3/58", "the budget of 4/3/58", "Born in the USA")) {
			assertThat(this.datesOfBirth.find(text)).as(text).isEmpty();
		}
	}

	@Test
	void findsNothingWithoutADigit() {
		String text = "Born on the fourth of March, DOB unknown, d.o.b. withheld, date of birth not given";
		for (Recogniser recogniser : List.of(new PhoneNumbers(), Identifiers.postcodes(), Identifiers.niNumbers(),
				Identifiers.nhsNumbers(), Identifiers.vehicleRegistrations(), this.datesOfBirth,
				Identifiers.addresses())) {
			assertThat(recogniser.find(text)).isEmpty();
		}
	}

}
