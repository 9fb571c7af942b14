package org.membercomms.checker.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK personal identifiers and contact details found by their shape: email addresses,
 * postcodes, National Insurance numbers (HMRC's prefix rules), NHS numbers (modulus 11),
 * vehicle registrations, dates of birth and house-number-and-street addresses. Every
 * expression has bounded repetition and no nested quantifiers, so matching is linear.
 */
public final class Identifiers {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,6}");

	private static final Pattern POSTCODE = Pattern
		.compile("(?<![A-Za-z0-9])([A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");

	private static final Pattern NI_NUMBER = Pattern.compile(
			"(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])(?![A-Za-z0-9])",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> NI_NEVER = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

	private static final Pattern TEN_DIGITS = Pattern
		.compile("(?<![0-9/£$.,-])([0-9]{3})([ -]?)([0-9]{3})\\2([0-9]{4})(?![0-9/])");

	private static final Pattern VEHICLE = Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z]{2}[0-9]{2} ?[A-Z]{3}"
			+ "|[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z])(?![A-Za-z0-9])");

	private static final String MONTH = "(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August"
			+ "|Sep|Sept|September|Oct|October|Nov|November|Dec|December)";

	private static final Pattern DATE_OF_BIRTH = Pattern
		.compile("(?i)(?<![A-Za-z])(?:d\\.?o\\.?b\\.?|date of birth|born(?: on)?)"
				+ "[:\\s-]{1,4}(?:(?:is|was|of) )?(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{1,2}(?:st|nd|rd|th)? (?:of )?"
				+ MONTH + ",? [0-9]{4}|" + MONTH + " [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4})");

	private static final Pattern ADDRESS = Pattern.compile("(?<![A-Za-z0-9£$.,/-])[0-9]{1,4}[A-Za-z]?,? "
			+ "(?:[A-Z][a-z']{1,20} ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Court"
			+ "|Place|Terrace|Grove|Hill|Row|Walk|Mews|View|Square|Rise|Parade|Vale|Meadows?|Fields|Gate|Cottages"
			+ "|Estate|Green|Park)(?![A-Za-z])");

	private Identifiers() {
	}

	/**
	 * @return email addresses (found from each @ outwards, so time stays linear)
	 */
	public static Recogniser emails() {
		return (text) -> {
			List<Entity> found = new ArrayList<>();
			int from = 0;
			int at;
			while ((at = text.indexOf('@', from)) >= 0) {
				int start = at;
				while (start > 0 && at - start < 64 && localChar(text.charAt(start - 1))) {
					start--;
				}
				int end = at + 1;
				while (end < text.length() && end - at < 255 && domainChar(text.charAt(end))) {
					end++;
				}
				while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
					end--;
				}
				if (start < at && EMAIL.matcher(text.substring(start, end)).matches()) {
					found.add(new Entity(Entity.Kind.EMAIL, start, end));
				}
				from = Math.max(at + 1, end);
			}
			return found;
		};
	}

	private static boolean localChar(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
	}

	private static boolean domainChar(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
	}

	/**
	 * @return UK postcodes written in capitals
	 */
	public static Recogniser postcodes() {
		return (text) -> capitalNextToDigit(text) ? all(POSTCODE, text, Entity.Kind.POSTCODE) : List.of();
	}

	/**
	 * @return National Insurance numbers that follow HMRC's prefix rules
	 */
	public static Recogniser niNumbers() {
		return (text) -> {
			List<Entity> found = new ArrayList<>();
			if (!digitsWithin(text, 6, 9)) {
				return found;
			}
			Matcher m = NI_NUMBER.matcher(text);
			while (m.find()) {
				String prefix = m.group(1).toUpperCase(Locale.ROOT);
				if (!NI_NEVER.contains(prefix)) {
					found.add(new Entity(Entity.Kind.NI_NUMBER, m.start(), m.end()));
				}
			}
			return found;
		};
	}

	/**
	 * @return ten-digit numbers that pass the NHS modulus 11 check
	 */
	public static Recogniser nhsNumbers() {
		return (text) -> {
			List<Entity> found = new ArrayList<>();
			if (!digitsWithin(text, 10, 12)) {
				return found;
			}
			Matcher m = TEN_DIGITS.matcher(text);
			while (m.find()) {
				if (nhsCheckDigitValid(m.group(1) + m.group(3) + m.group(4))) {
					found.add(new Entity(Entity.Kind.NHS_NUMBER, m.start(), m.end()));
				}
			}
			return found;
		};
	}

	/**
	 * @return vehicle registrations (current, prefix and suffix formats) written in
	 * capitals
	 */
	public static Recogniser vehicleRegistrations() {
		return (text) -> capitalNextToDigit(text) ? all(VEHICLE, text, Entity.Kind.VEHICLE_REGISTRATION) : List.of();
	}

	/**
	 * @return dates introduced as someone's date of birth
	 */
	public static Recogniser datesOfBirth() {
		return (text) -> mentionsBirth(text) ? all(DATE_OF_BIRTH, text, Entity.Kind.DATE_OF_BIRTH) : List.of();
	}

	/**
	 * @return house-number-and-street addresses
	 */
	public static Recogniser addresses() {
		return (text) -> numberBeforeCapital(text) ? all(ADDRESS, text, Entity.Kind.ADDRESS) : List.of();
	}

	/**
	 * The NHS number check: weights 10 down to 2 on the first nine digits, 11 minus the
	 * remainder mod 11 (11 becomes 0, 10 is never valid) must equal the tenth digit.
	 * @param digits ten digits
	 * @return true if valid
	 */
	public static boolean nhsCheckDigitValid(String digits) {
		if (digits.length() != 10) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/**
	 * Whether some {@code count} digits stand within {@code span} chars (cheap test
	 * before a regex).
	 */
	static boolean digitsWithin(String text, int count, int span) {
		int n = text.length();
		int[] recent = new int[count];
		int seen = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				recent[seen % count] = i;
				seen++;
				if (seen >= count && i - recent[seen % count] < span) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean capitalNextToDigit(String text) {
		for (int i = 1; i < text.length(); i++) {
			char a = text.charAt(i - 1);
			char b = text.charAt(i);
			if ((a >= 'A' && a <= 'Z' && b >= '0' && b <= '9') || (a >= '0' && a <= '9' && b >= 'A' && b <= 'Z')) {
				return true;
			}
		}
		return false;
	}

	private static boolean numberBeforeCapital(String text) {
		int n = text.length();
		for (int i = 0; i + 2 < n; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				int j = i + 1;
				while (j < n && j - i < 6 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == ',')) {
					j++;
				}
				if (j + 1 < n && text.charAt(j) == ' ' && text.charAt(j + 1) >= 'A' && text.charAt(j + 1) <= 'Z') {
					return true;
				}
				i = j;
			}
		}
		return false;
	}

	private static boolean mentionsBirth(String text) {
		int last = text.length() - 3;
		for (int i = 0; i < last; i++) {
			char c = text.charAt(i);
			if (c == 'b' || c == 'B') {
				if (text.regionMatches(true, i + 1, "irth", 0, 4) || text.regionMatches(true, i + 1, "orn", 0, 3)) {
					return true;
				}
			}
			else if ((c == 'd' || c == 'D')
					&& (text.regionMatches(true, i + 1, "ob", 0, 2) || text.regionMatches(true, i + 1, ".o.b", 0, 4))) {
				return true;
			}
		}
		return false;
	}

	private static List<Entity> all(Pattern pattern, String text, Entity.Kind kind) {
		List<Entity> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(new Entity(kind, m.start(), m.end()));
		}
		return found;
	}

}
