package org.membercomms.checker.recognise;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short cut for numbers in the national format must answer exactly as
 * libphonenumber's parser does.
 */
class PhoneNumbersTest {

	private static final String[] STARTS = { "07", "01", "02", "03", "05", "08", "09", "04", "06", "011", "0113",
			"0161", "020", "0800", "0845", "07700", "01632", "7", "1", "2", "3", "8", "9", "44", "447", "4420", "00",
			"0044", "5", "6", "943", "113", "1632" };

	private static final String[] SEPARATORS = { "", " ", "-", ".", "\u00A0", "  " };

	@Test
	void nationalFormatAnswersAsTheParserDoes() {
		Random random = new Random(20211207);
		int valid = 0;
		int invalid = 0;
		for (int n = 0; n < 40_000; n++) {
			String candidate = candidate(random);
			boolean expected = PhoneNumbers.parsedValid(candidate);
			assertThat(PhoneNumbers.valid(candidate)).as(candidate).isEqualTo(expected);
			if (expected) {
				valid++;
			}
			else {
				invalid++;
			}
		}
		assertThat(valid).isGreaterThan(2_000);
		assertThat(invalid).isGreaterThan(2_000);
	}

	@Test
	void otherFormsAreStillParsed() {
		assertThat(PhoneNumbers.valid("+44 7700 900123")).isEqualTo(PhoneNumbers.parsedValid("+44 7700 900123"));
		assertThat(PhoneNumbers.valid("(01632) 960123")).isEqualTo(PhoneNumbers.parsedValid("(01632) 960123"));
		assertThat(PhoneNumbers.valid("00 44 7700 900123")).isEqualTo(PhoneNumbers.parsedValid("00 44 7700 900123"));
		assertThat(PhoneNumbers.valid("07912 345678")).isTrue();
		assertThat(PhoneNumbers.valid("07912 34567")).isFalse();
	}

	private static String candidate(Random random) {
		StringBuilder digits = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
		int length = 7 + random.nextInt(8);
		if (random.nextInt(3) > 0) {
			length = 10 + random.nextInt(2);
		}
		while (digits.length() < length) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		StringBuilder written = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && random.nextInt(4) == 0) {
				written.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
			}
			written.append(digits.charAt(i));
		}
		return written.toString();
	}

}
