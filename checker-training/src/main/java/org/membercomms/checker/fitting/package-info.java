/**
 * The offline training pipeline of the offensive-language classifier, outside the checker
 * library the application carries: reading the labelled data sets
 * ({@link org.membercomms.checker.fitting.Corpora}), fixed splits, fitting and
 * calibrating ({@link org.membercomms.checker.fitting.Trainer},
 * {@link org.membercomms.checker.fitting.ModelFit}), the figures
 * ({@link org.membercomms.checker.fitting.Metrics}), the whole checker measured on
 * HatEval ({@link org.membercomms.checker.fitting.HatEvalEvaluation}) and the
 * command-line tool ({@link org.membercomms.checker.fitting.FittingCommand}:
 * {@code train}, {@code evaluate}). It reaches the classifier only through
 * {@link org.membercomms.checker.offensive.ModelParts}.
 */
package org.membercomms.checker.fitting;
