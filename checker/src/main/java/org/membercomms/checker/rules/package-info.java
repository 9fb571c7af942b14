/**
 * One rule per risk category, each a small class behind the
 * {@link org.membercomms.checker.rules.Rule} interface, written from the law the category
 * rests on, beside the composition layer
 * ({@link org.membercomms.checker.rules.CompositionRule}) and, last, the learned reading
 * ({@link org.membercomms.checker.rules.HostilityRule}), which speaks only where the
 * rules found nothing. {@link org.membercomms.checker.rules.Rules} lists them in the
 * order they run.
 */
package org.membercomms.checker.rules;
