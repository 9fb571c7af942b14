package org.membercomms.checker.recognise;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.membercomms.checker.text.Steps;

/**
 * UK phone numbers, with Google's libphonenumber (region GB), valid numbers only. Numbers
 * of an organisation's kind (03, 08, short service numbers, see {@link #organisational})
 * are never personal data and are left out without asking libphonenumber, which is
 * costly.
 */
public final class PhoneNumbers implements Recogniser {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * The steps a char handed to libphonenumber is counted as: it parses, matches and
	 * validates a candidate of at most 41 chars with a few bounded expressions.
	 */
	private static final int LIBRARY_READS = 16;

	/**
	 * The most runs of seven digits or more of one post looked at: libphonenumber takes
	 * up to a millisecond on each, so a post with more (hundreds of phone numbers, or
	 * pages of digits) has its first ones looked at and the rest passed over, and its
	 * check stays well under a second (issue 16). A post of ordinary length never has as
	 * many.
	 */
	static final int MOST_LOOKUPS = 200;

	/** Every phone number this finds has at least seven ASCII digits. */
	@Override
	public boolean needsDigit() {
		return true;
	}

	@Override
	public List<Entity> find(String text) {
		return find(text, new Steps());
	}

	/**
	 * Finds the valid numbers, counting a step for each char looked at and for each char
	 * handed to libphonenumber (at most 41 at a time).
	 */
	@Override
	public List<Entity> find(String text, Steps steps) {
		List<Entity> found = new ArrayList<>();
		if (!Identifiers.digitsWithin(text, 7, 20, steps)) {
			return found;
		}
		// libphonenumber scans the whole text with a costly expression: hand it only the
		// runs of digits, spaces and phone punctuation that hold enough digits to be a
		// number.
		int n = text.length();
		steps.add(n);
		int lookups = 0;
		int i = 0;
		while (i < n && lookups < MOST_LOOKUPS) {
			char c = text.charAt(i);
			if (!(Character.isDigit(c) || c == '+' || c == '(')) {
				i++;
				continue;
			}
			int start = i;
			int digits = 0;
			int lastDigit = i;
			int j = i;
			while (j < n && j - start < 40) {
				char d = text.charAt(j);
				if (d >= '0' && d <= '9') {
					digits++;
					lastDigit = j;
				}
				else if (!(d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '+' || d == '\u00A0')) {
					break;
				}
				j++;
			}
			steps.add(j - i + 1);
			if (digits >= 7) {
				lookups++;
				String window = text.substring(start, lastDigit + 1);
				steps.add(LIBRARY_READS * window.length());
				if (digits <= 11 && organisational(window)) {
					// an organisation's kind of number: never personal data, so there is
					// nothing to report whether or not it is valid (and no wider search,
					// which only runs on longer runs of digits)
				}
				else if (valid(window)) {
					found.add(new Entity(Entity.Kind.PHONE, start, lastDigit + 1));
				}
				else if (digits > 11) {
					int from = Math.max(0, start - 1);
					String wider = text.substring(from, lastDigit + 1);
					steps.add(LIBRARY_READS * wider.length());
					for (PhoneNumberMatch match : UTIL.findNumbers(wider, "GB", Leniency.VALID, Long.MAX_VALUE)) {
						found.add(new Entity(Entity.Kind.PHONE, from + match.start(), from + match.end()));
					}
				}
			}
			i = Math.max(j, i + 1);
		}
		return found;
	}

	/**
	 * Whether a run of digits and separators is a valid number. A number in the national
	 * format (a trunk 0, then a digit other than 0; or no trunk 0 and not starting with
	 * 44; with only spaces, hyphens or dots between the digits) is what libphonenumber's
	 * parser makes of it in any case: country code 44 and the digits after any trunk 0.
	 * That number is built here directly and only validated, because the parser is
	 * costly; any other form is parsed.
	 * @param candidate the digits as written
	 * @return true for a valid number
	 */
	static boolean valid(String candidate) {
		String digits = nationalFormat(candidate);
		if (digits != null) {
			return UTIL.isValidNumber(new PhoneNumber().setCountryCode(44).setNationalNumber(Long.parseLong(digits)));
		}
		return parsedValid(candidate);
	}

	/**
	 * The same question answered by libphonenumber's parser (as {@link #valid} does for
	 * numbers not in the plain national format).
	 * @param candidate the digits as written
	 * @return true for a valid number
	 */
	static boolean parsedValid(String candidate) {
		try {
			return UTIL.isValidNumber(UTIL.parse(candidate, "GB"));
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * @return the digits after the trunk 0 of a number in the plain national format, or
	 * null when the number is written otherwise
	 */
	private static String nationalFormat(String candidate) {
		String digits = digits(candidate, true);
		if (digits == null || digits.length() < 3 || digits.length() > 17 || candidate.charAt(0) != digits.charAt(0)) {
			return null;
		}
		if (digits.charAt(0) == '0') {
			// a trunk 0, unless "00" (the international prefix)
			return (digits.charAt(1) == '0') ? null : digits.substring(1);
		}
		// no trunk 0: the digits are the national number, unless they start with 44 (the
		// country code, which the parser may take off)
		return (digits.charAt(0) == '4' && digits.charAt(1) == '4') ? null : digits;
	}

	/**
	 * The digits of a number as written.
	 * @param text the number
	 * @param plain whether only spaces, hyphens and dots may stand between the digits
	 * @return the digits, or null when {@code plain} and something else stands there
	 */
	private static String digits(String text, boolean plain) {
		StringBuilder digits = new StringBuilder(16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (plain && !(c == ' ' || c == '-' || c == '.' || c == '\u00A0')) {
				return null;
			}
		}
		return digits.toString();
	}

	/** The national significant number: digits only, without +44, 0044 or the trunk 0. */
	private static String national(String text) {
		String d = digits(text, false);
		if (d.startsWith("0044")) {
			d = d.substring(4);
		}
		else if (d.startsWith("44") && text.strip().startsWith("+")) {
			d = d.substring(2);
		}
		return d.startsWith("0") ? d.substring(1) : d;
	}

	/**
	 * Whether a number is one organisations use rather than people: non-geographic 03, 08
	 * and 0800 numbers, and short service numbers.
	 * @param text the number as written
	 * @return true for an organisation's kind of number
	 */
	public static boolean organisational(String text) {
		String national = national(text);
		return national.startsWith("3") || national.startsWith("8") || national.length() <= 6;
	}

	/**
	 * Whether a number is a mobile number.
	 * @param text the number as written
	 * @return true for a UK mobile
	 */
	public static boolean mobile(String text) {
		String national = national(text);
		return national.length() == 10 && national.startsWith("7") && !national.startsWith("70")
				&& !national.startsWith("76");
	}

}
