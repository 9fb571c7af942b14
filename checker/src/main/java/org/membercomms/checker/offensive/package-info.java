/**
 * The offensive-language classifier: a logistic regression over hashed word, word-pair
 * and character n-gram features of the engine's normalised words, trained from OLID,
 * Davidson and HateXplain by the separate {@code checker-training} module (through
 * {@link org.membercomms.checker.offensive.ModelParts}), calibrated so that 0.5 is its
 * decision point; it gives the report its offensive score and adds findings with the
 * words that drove the score as evidence.
 */
package org.membercomms.checker.offensive;
