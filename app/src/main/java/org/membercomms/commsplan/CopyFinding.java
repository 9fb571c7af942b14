package org.membercomms.commsplan;

/**
 * What the post checker found in an item's copy when it was submitted, kept for the
 * approver.
 *
 * @param category the checker's category, e.g. DEFAMATION
 * @param severity how serious it is
 * @param explanation what the checker saw
 * @param advice what to change, or {@code null}
 */
public record CopyFinding(String category, String severity, String explanation, String advice) {
}
