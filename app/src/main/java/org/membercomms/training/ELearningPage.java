package org.membercomms.training;

import java.util.List;

/**
 * One short page of the e-learning, drawn from a section of the Social Media Protocol.
 *
 * @param title the page's heading
 * @param paragraphs what it says
 * @param section the key of the protocol section it summarises
 * @param sectionTitle that section's heading, for the link
 */
public record ELearningPage(String title, List<String> paragraphs, String section, String sectionTitle) {

	public String sectionHref() {
		return "/protocol#" + this.section;
	}

	static final List<ELearningPage> PAGES = List.of(new ELearningPage("When the Code applies to what you post", List
		.of("The Code of Conduct applies whenever you act, claim to act or give the impression of acting as a councillor. On social media that includes a personal account whose profile, posts or followers present you as a councillor.",
				"An anonymous account does not take you outside the Code: what you post can be traced back to you, and the Code applies once it is."),
			"when-the-code-applies", "When the Code of Conduct applies"),
			new ELearningPage("Respect, officers and other Members", List.of(
					"Criticise ideas, policies and decisions as robustly as you like: political expression has enhanced protection. Personal attacks on people are not protected.",
					"Officers cannot answer back in public. Never criticise a named officer online; raise concerns with their head of service or the Chief Executive."),
					"respect", "Respect"),
			new ELearningPage("Confidential information and data protection", List.of(
					"Never disclose information from a closed (Part B) report or meeting, even as a hint.",
					"When you do casework you are a data controller. Do not publish residents' names, addresses, photographs or stories without their clear consent."),
					"confidentiality", "Confidential information"),
			new ELearningPage("Planning, licensing and an open mind", List.of(
					"If you sit on Planning or Licensing, do not say or share anything that shows you have made up your mind before the hearing. You may have a view (predisposition); you must still listen to the evidence.",
					"A post that shows a closed mind (predetermination) can stop you taking part and put the council's decision at risk."),
					"predetermination", "Predetermination: planning and licensing"),
			new ELearningPage("Defamation, copyright and the law", List.of(
					"A false statement that seriously harms someone's reputation can be defamatory. Sharing or retweeting it counts as publishing it, and you are personally liable.",
					"Photographs and articles belong to their authors. Crediting them is not permission: ask, or use your own."),
					"defamation", "Defamation"),
			new ELearningPage("The pre-election period, abuse and help", List.of(
					"Council accounts and resources must never be used for campaigning, and council publicity must not be party political, above all in the pre-election period. You may still campaign personally.",
					"If you are abused or threatened online, do not reply. Keep evidence, block, and report threats to the police and to Democratic Services. If in doubt about a post, do not post: ask first."),
					"pre-election", "The pre-election period"));

}
