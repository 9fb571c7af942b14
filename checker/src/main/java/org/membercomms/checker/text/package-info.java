/**
 * Text handling for the checker: normalisation that sees through case, accents,
 * look-alike letters, invisible characters, leetspeak and masked words while keeping
 * every word's place in the original text; the shipped lexicons; and a small linear-time
 * pattern language over words that the rules are written in.
 */
package org.membercomms.checker.text;
