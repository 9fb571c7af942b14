package org.membercomms.members;

/**
 * Why a social media account presents its owner as a councillor, so that the Code of
 * Conduct applies to what they post there.
 */
public enum CouncillorPresentation {

	BIO_SAYS_COUNCILLOR("The name or bio says Cllr or councillor"), COUNCIL_BUSINESS("It is used for council business"),
	COUNCIL_BRANDING("It uses the council's name, logo or photos"), ELECTED_ROLE("It promotes their work as a Member");

	private final String title;

	CouncillorPresentation(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
