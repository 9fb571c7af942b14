package org.membercomms.checker.recognise;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * UK phone numbers, with Google's libphonenumber (region GB), valid numbers only.
 */
public final class PhoneNumbers implements Recogniser {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	@Override
	public List<Entity> find(String text) {
		List<Entity> found = new ArrayList<>();
		if (!Identifiers.digitsWithin(text, 7, 20)) {
			return found;
		}
		for (PhoneNumberMatch match : UTIL.findNumbers(text, "GB", Leniency.VALID, Long.MAX_VALUE)) {
			found.add(new Entity(Entity.Kind.PHONE, match.start(), match.end()));
		}
		return found;
	}

	/**
	 * Whether a number is one organisations use rather than people: non-geographic 03, 08
	 * and 0800 numbers, and short service numbers.
	 * @param text the number as written
	 * @return true for an organisation's kind of number
	 */
	public static boolean organisational(String text) {
		try {
			PhoneNumber number = UTIL.parse(text, "GB");
			String national = String.valueOf(number.getNationalNumber());
			return national.startsWith("3") || national.startsWith("8") || national.length() <= 6;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Whether a number is a mobile number.
	 * @param text the number as written
	 * @return true for a UK mobile
	 */
	public static boolean mobile(String text) {
		try {
			PhoneNumber number = UTIL.parse(text, "GB");
			return UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
