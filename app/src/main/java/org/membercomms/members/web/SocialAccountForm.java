package org.membercomms.members.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.membercomms.members.CouncillorPresentation;
import org.membercomms.members.Platform;

/**
 * The form that adds a social media account to a Member.
 *
 * @param platform the platform's code
 * @param handle the handle or address
 * @param presentsAsCouncillor "yes" or "no"
 * @param reasons the codes of the reasons it presents them as a councillor
 */
public record SocialAccountForm(String platform, String handle, String presentsAsCouncillor, List<String> reasons) {

	public SocialAccountForm {
		reasons = (reasons == null) ? List.of() : List.copyOf(reasons);
	}

	static SocialAccountForm blank() {
		return new SocialAccountForm("", "", "", List.of());
	}

	public boolean gives(CouncillorPresentation reason) {
		return this.reasons.contains(reason.name());
	}

	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (platformChosen() == null) {
			problems.put("platform", "Select the platform");
		}
		if (handle == null || handle.isBlank()) {
			problems.put("handle", "Enter the account's handle or web address");
		}
		else if (handle.strip().length() > 200) {
			problems.put("handle", "The handle must be 200 characters or fewer");
		}
		if (!"yes".equals(presentsAsCouncillor) && !"no".equals(presentsAsCouncillor)) {
			problems.put("presentsAsCouncillor", "Select yes if the account presents them as a councillor");
		}
		else if ("yes".equals(presentsAsCouncillor) && reasonsGiven().isEmpty()) {
			problems.put("reasons", "Select why the account presents them as a councillor");
		}
		return problems;
	}

	Platform platformChosen() {
		try {
			return Platform.valueOf(this.platform);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	Set<CouncillorPresentation> reasonsGiven() {
		Set<CouncillorPresentation> given = EnumSet.noneOf(CouncillorPresentation.class);
		if (!"yes".equals(this.presentsAsCouncillor)) {
			return given;
		}
		for (CouncillorPresentation reason : CouncillorPresentation.values()) {
			if (gives(reason)) {
				given.add(reason);
			}
		}
		return given;
	}

}
