package org.membercomms.members;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Member's account on a social media platform.
 *
 * @param platform the platform
 * @param handle the account's handle or address
 * @param presentsAsCouncillor whether the account presents its owner as a councillor
 * @param reasons why it does, as codes of {@link CouncillorPresentation} joined by commas
 */
public record SocialAccount(Platform platform, String handle, boolean presentsAsCouncillor, String reasons) {

	static SocialAccount of(Platform platform, String handle, Set<CouncillorPresentation> reasons) {
		return new SocialAccount(platform, handle.strip(), !reasons.isEmpty(),
				reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
	}

	public Set<CouncillorPresentation> presentation() {
		if (this.reasons == null || this.reasons.isBlank()) {
			return EnumSet.noneOf(CouncillorPresentation.class);
		}
		return Arrays.stream(this.reasons.split(","))
			.map(CouncillorPresentation::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CouncillorPresentation.class)));
	}

	String describe() {
		return this.platform.title() + " " + this.handle
				+ (this.presentsAsCouncillor ? " (as a councillor: "
						+ presentation().stream().map(CouncillorPresentation::title).collect(Collectors.joining("; "))
						+ ")" : " (personal)");
	}

}
