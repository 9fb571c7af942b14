package org.membercomms.system;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this installation: shown in the header, the footer and the public notices.
 *
 * @param name the council's name, shown in the header instead of any GOV.UK branding
 * @param serviceName the service's name
 * @param contactEmail where people report a problem or ask about their data
 * @param dataProtectionOfficerEmail the Data Protection Officer's address
 * @param accessibilityLastTested when the service was last tested for accessibility
 */
@ConfigurationProperties("membercomms.council")
public record CouncilSettings(String name, String serviceName, String contactEmail, String dataProtectionOfficerEmail,
		LocalDate accessibilityLastTested) {

	public CouncilSettings {
		name = (name == null || name.isBlank()) ? "Middlesbrough Council" : name;
		serviceName = (serviceName == null || serviceName.isBlank()) ? "MemberComms" : serviceName;
	}

}
