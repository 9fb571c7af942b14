package org.membercomms.protocol.web;

/**
 * The form that edits a draft.
 *
 * @param body the document in Markdown
 * @param summary what this version changes, for readers and the approver
 */
public record DraftForm(String body, String summary) {
}
