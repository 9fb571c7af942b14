package org.membercomms.audit;

/**
 * One field of a record as it was before a change and after it. For a secret, neither
 * value is kept: only that it changed.
 *
 * @param field the field's name, in plain words ("ward")
 * @param before the value before, or {@code null} for none
 * @param after the value after, or {@code null} for none
 * @param secret whether the values were withheld because they are secret
 */
public record FieldChange(String field, String before, String after, boolean secret) {

	public static FieldChange of(String field, Object before, Object after) {
		return new FieldChange(field, text(before), text(after), false);
	}

	/**
	 * A secret (a password, a token, a second-factor key) that changed: the trail never
	 * holds it.
	 * @param field the secret's name
	 * @return the change, without values
	 */
	public static FieldChange secret(String field) {
		return new FieldChange(field, null, null, true);
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

}
