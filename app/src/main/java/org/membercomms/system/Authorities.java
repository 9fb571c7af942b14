package org.membercomms.system;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;

/**
 * Asks whether a signed-in person may do something, for pages that show or hide it. Who
 * may do what is written once per duty, as a Spring Security expression constant in the
 * module's {@code web/<Module>Roles} class, for example
 * {@code static final String ORGANISERS = "hasRole('DEMOCRATIC_SERVICES')"}: handlers
 * enforce it with {@code @PreAuthorize(TrainingRoles.ORGANISERS)} and pages ask
 * {@code Authorities.allows(person, TrainingRoles.ORGANISERS)}, so the page and the rule
 * cannot disagree. See ADR 20.
 */
public final class Authorities {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private Authorities() {
	}

	/**
	 * @param person who is signed in (or {@code null})
	 * @param rule a role expression such as {@code hasAnyRole('ADMIN', 'MEMBER')}, the
	 * same constant the handlers' {@code @PreAuthorize} uses
	 * @return whether the rule allows the person
	 */
	public static boolean allows(Authentication person, String rule) {
		if (person == null) {
			return false;
		}
		Expression expression = PARSER.parseExpression(rule);
		SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(() -> person, null) {
		};
		return Boolean.TRUE.equals(expression.getValue(new StandardEvaluationContext(root), Boolean.class));
	}

}
