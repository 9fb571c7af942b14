package org.membercomms.checker;

import java.util.List;

/**
 * One risk found in a post, with its evidence and what to do about it.
 *
 * @param category the kind of risk
 * @param severity how serious it is
 * @param spans where the evidence is in the original text (may be empty for context-only
 * findings such as an image without a description)
 * @param explanation why it matters, in plain English, naming the law
 * @param advice what to do instead
 * @param section the protocol section it relates to
 */
public record Finding(Category category, Severity severity, List<Span> spans, String explanation, String advice,
		ProtocolSection section) {

	public Finding {
		spans = List.copyOf(spans);
	}

}
