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
 * @param serviceUrl the address people reach the service at, which starts links in emails
 */
@ConfigurationProperties("membercomms.council")
public record CouncilSettings(String name, String serviceName, String contactEmail, String dataProtectionOfficerEmail,
		LocalDate accessibilityLastTested, String serviceUrl) {

	public CouncilSettings {
		name = (name == null || name.isBlank()) ? "Middlesbrough Council" : name;
		serviceName = (serviceName == null || serviceName.isBlank()) ? "MemberComms" : serviceName;
		serviceUrl = (serviceUrl == null || serviceUrl.isBlank()) ? "http://localhost:8080"
				: serviceUrl.replaceAll("/+$", "");
	}

	/**
	 * @param path a path in the service, starting with {@code /}
	 * @return the full address of that page, for an email
	 */
	public String link(String path) {
		return this.serviceUrl + path;
	}

}
