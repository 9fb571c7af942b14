/**
 * Draws the checker's predicate word classes from WordNet 3.0, offline: reading the
 * database files ({@link org.membercomms.checker.wordnet.WordNet}), the classes and how
 * each lets a lemma in ({@link org.membercomms.checker.wordnet.WordClasses},
 * {@link org.membercomms.checker.wordnet.WordClass}), their written forms
 * ({@link org.membercomms.checker.wordnet.Inflections}) and the {@code word-classes}
 * command that writes the committed lexicon files
 * ({@link org.membercomms.checker.wordnet.WordClassesCommand}). Neither the build nor the
 * checker reads WordNet; they read the files this package wrote (ADR 31).
 */
package org.membercomms.checker.wordnet;
