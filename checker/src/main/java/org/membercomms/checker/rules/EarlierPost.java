package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.Report;
import org.membercomms.checker.text.Token;

/**
 * One of the author's earlier posts, checked with an empty context.
 *
 * @param report its report
 * @param words its marked words
 */
public record EarlierPost(Report report, List<Token> words) {
}
