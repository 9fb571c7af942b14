package org.membercomms.checker;

/**
 * The kinds of risk the checker looks for, in the fixed order reports and the
 * {@code classify} output use. Each names the law or code its explanations cite.
 */
public enum Category {

	DEFAMATION("Defamation Act 2013", ProtocolSection.DEFAMATION),
	COPYRIGHT("Copyright, Designs and Patents Act 1988", ProtocolSection.COPYRIGHT),
	HARASSMENT("Protection from Harassment Act 1997", ProtocolSection.HARASSMENT),
	DATA_PROTECTION("UK GDPR and the Data Protection Act 2018", ProtocolSection.DATA_PROTECTION),
	INCITEMENT("Serious Crime Act 2007 sections 44 to 46 and the Public Order Act 1986", ProtocolSection.INCITEMENT),
	DISCRIMINATION("Equality Act 2010", ProtocolSection.DISCRIMINATION),
	MALICIOUS_COMMUNICATION(
			"Malicious Communications Act 1988, Communications Act 2003 section 127 and Online Safety Act 2023 sections 179 to 183",
			ProtocolSection.OFFENSIVE_COMMUNICATIONS),
	CONFIDENTIALITY("Members' Code of Conduct and Local Government Act 1972 Schedule 12A",
			ProtocolSection.CONFIDENTIALITY),
	PREDETERMINATION("Localism Act 2011 section 25", ProtocolSection.PREDETERMINATION),
	DISRESPECT("Members' Code of Conduct (respect, bullying)", ProtocolSection.RESPECT),
	PRE_ELECTION("Code of Recommended Practice on Local Authority Publicity", ProtocolSection.PRE_ELECTION),
	FOI("Freedom of Information Act 2000", ProtocolSection.FREEDOM_OF_INFORMATION),
	ACCESSIBILITY("public sector guidance on accessible social media", ProtocolSection.ACCESSIBILITY);

	private final String basis;

	private final ProtocolSection section;

	Category(String basis, ProtocolSection section) {
		this.basis = basis;
		this.section = section;
	}

	/**
	 * The law or code this category rests on.
	 * @return its name, as explanations cite it
	 */
	public String basis() {
		return this.basis;
	}

	/**
	 * The protocol section that explains this category.
	 * @return the section
	 */
	public ProtocolSection section() {
		return this.section;
	}

}
