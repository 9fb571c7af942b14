package org.membercomms.system;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * A message about one form field, shown in the error summary and beside the field.
 *
 * @param field the id of the field the message is about
 * @param message what to do, in plain English ("Enter your username")
 */
public record FieldError(String field, String message) {

	/**
	 * The field errors of a bound form, in the order of the form's fields.
	 * @param result the binding result
	 * @return one error per field: the first message for each
	 */
	public static List<FieldError> of(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.filter(distinctField())
			.toList();
	}

	private static java.util.function.Predicate<FieldError> distinctField() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return error -> seen.add(error.field());
	}

	/**
	 * @param errors the errors of a form
	 * @param field a field
	 * @return the error about that field, or {@code null}
	 */
	public static FieldError about(List<FieldError> errors, String field) {
		return errors.stream().filter(error -> error.field().equals(field)).findFirst().orElse(null);
	}

}
