package org.membercomms.members.web;

import org.membercomms.members.MemberId;
import org.membercomms.members.MemberNotFound;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link MemberId} from a path; a malformed id is a page that does not exist.
 */
@Component
class MemberIdConverter implements Converter<String, MemberId> {

	@Override
	public MemberId convert(String source) {
		try {
			return MemberId.of(source);
		}
		catch (IllegalArgumentException ex) {
			throw new MemberNotFound(source);
		}
	}

}
