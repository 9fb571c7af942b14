/**
 * One rule per risk category, each a small class behind the
 * {@link org.membercomms.checker.rules.Rule} interface, written from the law the category
 * rests on. {@link org.membercomms.checker.rules.Rules} lists them in the order they run.
 */
package org.membercomms.checker.rules;
