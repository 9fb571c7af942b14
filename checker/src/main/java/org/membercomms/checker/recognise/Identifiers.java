package org.membercomms.checker.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.membercomms.checker.text.Steps;

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
		return Recogniser.counting(false, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			int from = 0;
			int at;
			while ((at = text.indexOf('@', from)) >= 0) {
				steps.add(at - from + 1);
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
				steps.add(2L * (end - start));
				if (start < at && EMAIL.matcher(text.substring(start, end)).matches()) {
					found.add(new Entity(Entity.Kind.EMAIL, start, end));
				}
				from = Math.max(at + 1, end);
			}
			steps.add(text.length() - Math.min(from, text.length()));
			return found;
		});
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
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(POSTCODE, 10, text, steps);
			int n = text.length();
			for (int i = near(text, 0, 1, 2, steps); i >= 0 && i + 4 < n; i = near(text, i + 1, 1, 2, steps)) {
				if (upper(text.charAt(i)) && !alnumBefore(text, i)
						&& (digit(text.charAt(i + 1)) || (upper(text.charAt(i + 1)) && digit(text.charAt(i + 2))))
						&& scan.at(i)) {
					found.add(new Entity(Entity.Kind.POSTCODE, scan.start(), scan.end()));
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * @return National Insurance numbers that follow HMRC's prefix rules
	 */
	public static Recogniser niNumbers() {
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(NI_NUMBER, 16, text, steps);
			int n = text.length();
			for (int i = near(text, 0, 2, 3, steps); i >= 0 && i + 8 < n; i = near(text, i + 1, 2, 3, steps)) {
				if (letter(text.charAt(i)) && letter(text.charAt(i + 1)) && !alnumBefore(text, i)
						&& (digit(text.charAt(i + 2)) || (text.charAt(i + 2) == ' ' && digit(text.charAt(i + 3))))
						&& digitsFrom(text, i + 2, 9, steps) >= 6 && scan.at(i)) {
					String prefix = scan.matcher.group(1).toUpperCase(Locale.ROOT);
					if (!NI_NEVER.contains(prefix)) {
						found.add(new Entity(Entity.Kind.NI_NUMBER, scan.start(), scan.end()));
					}
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * @return ten-digit numbers that pass the NHS modulus 11 check
	 */
	public static Recogniser nhsNumbers() {
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(TEN_DIGITS, 16, text, steps);
			int n = text.length();
			for (int i = near(text, 0, 0, 0, steps); i >= 0 && i + 9 < n; i = near(text, i + 1, 0, 0, steps)) {
				if (digit(text.charAt(i)) && digit(text.charAt(i + 1)) && digit(text.charAt(i + 2))
						&& !(i > 0 && "0123456789/£$.,-".indexOf(text.charAt(i - 1)) >= 0)
						&& digitsFrom(text, i, 12, steps) >= 10 && scan.at(i)) {
					Matcher m = scan.matcher;
					if (nhsCheckDigitValid(m.group(1) + m.group(3) + m.group(4))) {
						found.add(new Entity(Entity.Kind.NHS_NUMBER, m.start(), m.end()));
					}
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * @return vehicle registrations (current, prefix and suffix formats) written in
	 * capitals
	 */
	public static Recogniser vehicleRegistrations() {
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(VEHICLE, 10, text, steps);
			int n = text.length();
			for (int i = near(text, 0, 1, 4, steps); i >= 0 && i + 4 < n; i = near(text, i + 1, 1, 4, steps)) {
				char next = text.charAt(i + 1);
				if (upper(text.charAt(i)) && (upper(next) || digit(next)) && !alnumBefore(text, i) && scan.at(i)) {
					found.add(new Entity(Entity.Kind.VEHICLE_REGISTRATION, scan.start(), scan.end()));
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * @return dates introduced as someone's date of birth
	 */
	public static Recogniser datesOfBirth() {
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(DATE_OF_BIRTH, 48, text, steps);
			int n = text.length();
			steps.add(n);
			for (int i = 0; i + 3 < n; i++) {
				char c = text.charAt(i);
				if ((c == 'd' || c == 'D' || c == 'b' || c == 'B') && birthStart(text.charAt(i + 1))
						&& !(i > 0 && letter(text.charAt(i - 1))) && birthWord(text, i) && scan.at(i)) {
					found.add(new Entity(Entity.Kind.DATE_OF_BIRTH, scan.start(), scan.end()));
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * @return house-number-and-street addresses
	 */
	public static Recogniser addresses() {
		return Recogniser.counting(true, (text, steps) -> {
			List<Entity> found = new ArrayList<>();
			Scan scan = new Scan(ADDRESS, 96, text, steps);
			int n = text.length();
			for (int i = near(text, 0, 0, 0, steps); i >= 0 && i + 2 < n; i = near(text, i + 1, 0, 0, steps)) {
				if (digit(text.charAt(i)) && !(i > 0 && addressBlocker(text.charAt(i - 1)))
						&& capitalSoonAfter(text, i, steps) && scan.at(i)) {
					found.add(new Entity(Entity.Kind.ADDRESS, scan.start(), scan.end()));
					i = scan.end() - 1;
				}
			}
			return found;
		});
	}

	/**
	 * An expression tried only at the places where a match could start, which finds
	 * exactly what {@link Matcher#find()} would (look-behinds still see the text before),
	 * without running the expression over the whole text.
	 */
	private static final class Scan {

		private final Pattern pattern;

		private final int reach;

		private final String text;

		private final Steps steps;

		private Matcher matcher;

		/**
		 * @param reach how many chars the expression reads at most from where it is
		 * tried, look-arounds included: the steps one try is counted as
		 */
		Scan(Pattern pattern, int reach, String text, Steps steps) {
			this.pattern = pattern;
			this.reach = reach;
			this.text = text;
			this.steps = steps;
		}

		boolean at(int start) {
			this.steps.add(this.reach);
			if (this.matcher == null) {
				this.matcher = this.pattern.matcher(this.text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			this.matcher.region(start, this.text.length());
			return this.matcher.lookingAt();
		}

		int start() {
			return this.matcher.start();
		}

		int end() {
			return this.matcher.end();
		}

	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean upper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean letter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	/**
	 * The first place from {@code from} on that has a digit between {@code nearest} and
	 * {@code farthest} chars after it, or a place before that (never before
	 * {@code from}); -1 when no digit is left. Lets the recognisers, whose matches all
	 * hold digits, jump from number to number.
	 */
	private static int near(String text, int from, int nearest, int farthest, Steps steps) {
		int n = text.length();
		for (int k = from + nearest; k < n; k++) {
			char c = text.charAt(k);
			if (c >= '0' && c <= '9') {
				steps.add(k - from + 1);
				return Math.max(from, k - farthest);
			}
		}
		steps.add(n - from + 1);
		return -1;
	}

	/** How many digits stand in the {@code span} chars from {@code from}. */
	private static int digitsFrom(String text, int from, int span, Steps steps) {
		steps.add(span);
		int count = 0;
		int end = Math.min(text.length(), from + span);
		for (int k = from; k < end; k++) {
			if (digit(text.charAt(k))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Whether "dob" (with or without dots), "date of birth" or "born" starts at a place,
	 * in any case.
	 */
	/**
	 * Whether a char can follow the first letter of "born", "date of birth", "dob" or
	 * "d.o.b": most words starting with b or d are passed over without comparing more.
	 */
	private static boolean birthStart(char second) {
		return second == 'o' || second == 'O' || second == 'a' || second == 'A' || second == '.';
	}

	private static boolean birthWord(String text, int i) {
		if (text.regionMatches(true, i, "born", 0, 4) || text.regionMatches(true, i, "date of birth", 0, 13)) {
			return true;
		}
		int k = i + 1;
		if (k < text.length() && text.charAt(k) == '.') {
			k++;
		}
		if (!(k < text.length() && (text.charAt(k) == 'o' || text.charAt(k) == 'O'))) {
			return false;
		}
		k++;
		if (k < text.length() && text.charAt(k) == '.') {
			k++;
		}
		return k < text.length() && (text.charAt(k) == 'b' || text.charAt(k) == 'B') && (c(text, i) == 'd');
	}

	private static char c(String text, int i) {
		return Character.toLowerCase(text.charAt(i));
	}

	private static boolean alnumBefore(String text, int i) {
		return i > 0 && (letter(text.charAt(i - 1)) || digit(text.charAt(i - 1)));
	}

	private static boolean addressBlocker(char c) {
		return letter(c) || digit(c) || "£$.,/-".indexOf(c) >= 0;
	}

	/** Whether a space and a capital letter follow a number within a few chars. */
	private static boolean capitalSoonAfter(String text, int i, Steps steps) {
		steps.add(6);
		int n = text.length();
		int j = i + 1;
		while (j < n && j - i < 6 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == ',')) {
			j++;
		}
		return j + 1 < n && text.charAt(j) == ' ' && upper(text.charAt(j + 1));
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
	static boolean digitsWithin(String text, int count, int span, Steps steps) {
		int n = text.length();
		steps.add(n);
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

}
