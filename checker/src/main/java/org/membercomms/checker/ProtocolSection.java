package org.membercomms.checker;

/**
 * The sections of the Social Media Protocol a finding can point to. The application shows
 * each one at {@code /protocol#<key>}; the keys never change once published.
 */
public enum ProtocolSection {

	DEFAMATION("defamation"), COPYRIGHT("copyright"), HARASSMENT("harassment"), DATA_PROTECTION("data-protection"),
	INCITEMENT("incitement"), DISCRIMINATION("discrimination"), OFFENSIVE_COMMUNICATIONS("offensive-communications"),
	CONFIDENTIALITY("confidentiality"), PREDETERMINATION("predetermination"), RESPECT("respect"),
	PRE_ELECTION("pre-election"), FREEDOM_OF_INFORMATION("freedom-of-information"), ACCESSIBILITY("accessibility");

	private final String key;

	ProtocolSection(String key) {
		this.key = key;
	}

	/**
	 * The anchor of this section on the protocol page.
	 * @return a kebab-case key such as {@code data-protection}
	 */
	public String key() {
		return this.key;
	}

}
