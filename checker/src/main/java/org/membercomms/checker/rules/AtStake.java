package org.membercomms.checker.rules;

import org.membercomms.checker.Category;

/**
 * What a HIGH_RISK finding puts at stake, by category: the offence, the claim or the Code
 * of Conduct breach that makes it more than a matter of tone. Findings add it to the
 * explanation of every HIGH_RISK finding, and to no other.
 */
final class AtStake {

	private AtStake() {
	}

	/**
	 * The sentence a HIGH_RISK finding of a category ends with.
	 * @param category the category
	 * @return "High risk: ..." naming the offence, claim or breach
	 */
	static String of(Category category) {
		return "High risk: " + switch (category) {
			case DEFAMATION -> "a claim for defamation against you personally, for damages and costs.";
			case COPYRIGHT -> "a claim for copyright infringement from the owner of the work.";
			case HARASSMENT -> "the offences of harassment or of putting people in fear of violence under the "
					+ "Protection from Harassment Act 1997, a civil claim under the same Act, and a breach of the "
					+ "Code of Conduct.";
			case DATA_PROTECTION -> "a breach of the UK GDPR, which the Information Commissioner can act on and "
					+ "the person can claim compensation for.";
			case INCITEMENT -> "the offence of encouraging or assisting crime (Serious Crime Act 2007) or of "
					+ "stirring up violence (Public Order Act 1986).";
			case DISCRIMINATION -> "a breach of the Code of Conduct, which forbids Members to discriminate, "
					+ "claims under the Equality Act 2010, and, where words stir up hatred, an offence under the "
					+ "Public Order Act 1986.";
			case MALICIOUS_COMMUNICATION -> "an offence under the Malicious Communications Act 1988 or section "
					+ "127 of the Communications Act 2003.";
			case CONFIDENTIALITY -> "a breach of the Code of Conduct's duty not to disclose confidential "
					+ "information, and claims against the council.";
			case PREDETERMINATION -> "a breach of the Code of Conduct if you take part with a closed mind, and a "
					+ "challenge that can quash the committee's decision.";
			case DISRESPECT -> "a breach of the Code of Conduct (respect, bullying), which the Monitoring Officer "
					+ "can investigate and the standards committee can sanction.";
			case PRE_ELECTION -> "a breach of section 2 of the Local Government Act 1986 and of the Code of "
					+ "Recommended Practice on Local Authority Publicity.";
			case FOI, ACCESSIBILITY -> "a breach of good practice.";
		};
	}

}
