/**
 * Fitting the checker's learned reading
 * ({@link org.membercomms.checker.rules.HostilityModel}): the functional suite's
 * templates and the development sets, expanded over their targets
 * ({@link org.membercomms.checker.hostility.Templates}), a multinomial logistic
 * regression fitted on the halves that may be tuned on
 * ({@link org.membercomms.checker.hostility.Fit}), and the {@code fit-hostility} command,
 * which writes the model and, with one writer's set left out, measures the whole checker
 * on that set's check part ({@link org.membercomms.checker.hostility.HostilityCommand}).
 * It sees the posts only as the checker's {@code PostChecker#hostilityFeatures} gives
 * them, so the reading is fitted on the features it is scored on.
 */
package org.membercomms.checker.hostility;
