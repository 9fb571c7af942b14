package org.membercomms.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-learning quiz's bank of scenario questions, drawn from the Social Media Protocol.
 * Every person, business and place in them is invented.
 */
final class QuestionBank {

	private static final String IS_IT_OK = "Is this post OK?";

	private static final List<String> OK_OR_NOT = List.of("Yes, it is fine to post", "No, do not post it");

	private static final Map<String, QuizQuestion> QUESTIONS = new LinkedHashMap<>();

	static {
		notOk("defamation-rumour",
				"Cllr Amara Blythe has heard from two residents that a local garage overcharges older customers. She drafts: \"Everyone knows Halden Motors rips off pensioners. Avoid them!\"",
				"An unproven allegation that could seriously harm a business's reputation can be defamatory, however many people repeat it. Pass the concern to Trading Standards instead.",
				"defamation");
		notOk("defamation-share",
				"A resident's post claims, without evidence, that the owner of a local care home steals from residents. Cllr Dev Marchetti wants to share it with the comment \"Worrying if true\".",
				"Sharing or retweeting a defamatory claim is publishing it again, and \"if true\" is no defence. Do not share unproven allegations.",
				"defamation");
		ok("robust-criticism",
				"Cllr Owen Farraday drafts: \"The Executive's plan to close Brackley Road library is the wrong decision. I will vote against it and urge residents to respond to the consultation.\"",
				"Robust criticism of a policy or decision is political expression the Code protects. It attacks the decision, not a person.",
				"respect");
		notOk("officer-blame",
				"Frustrated by a missed bin collection, Cllr Lena Grieve drafts: \"The waste manager, Tom Pryor, is useless and should be sacked. Tell him what you think: tom.pryor@example.org\"",
				"Officers cannot answer back in public. Criticising a named officer and inviting residents to contact them breaches the respect the Code requires. Raise it with the head of service privately.",
				"respect");
		notOk("part-b",
				"Cllr Samir Okonedo has just left a closed (Part B) session about the sale of the old depot. He drafts: \"Can't say much, but the depot is going to Northgate Homes for well under £2m. Watch this space.\"",
				"Information from an exempt report is confidential. Disclosing it, even in part or as a hint, breaches the Code.",
				"confidentiality");
		notOk("planning-closed-mind",
				"Cllr Rhiannon Tate sits on the Planning Committee. Before the hearing she drafts: \"The Meadowfield housing application is a disgrace and I will be voting it down whatever the officers say.\"",
				"A Member who sits on Planning must not show a closed mind before the hearing. This post could invalidate the decision and stop her voting on it.",
				"predetermination");
		ok("planning-open-mind",
				"Cllr Rhiannon Tate sits on the Planning Committee. She drafts: \"Many residents have contacted me about the Meadowfield application. I will listen to all the evidence at the committee on 14 March before making up my mind.\"",
				"Saying you will consider all the evidence keeps an open mind. Predisposition is allowed; predetermination is not.",
				"predetermination");
		notOk("licensing-closed-mind",
				"Cllr Marcus Heathcote sits on the Licensing Committee. He drafts: \"No way is the Blue Lantern getting its late licence back. I've made up my mind.\"",
				"Licensing hearings are quasi-judicial like Planning. Announcing the outcome before the hearing shows a closed mind.",
				"predetermination");
		notOk("council-account-campaign",
				"During the pre-election period, Cllr Priya Anand has access to the council's Facebook page. She drafts there: \"Vote for me on 6 May to keep the new leisure centre on track!\"",
				"Council resources and accounts must never be used for party political campaigning, and especially not during the pre-election period.",
				"pre-election");
		ok("personal-campaign",
				"During the pre-election period, Cllr Priya Anand drafts on her own campaign page, paid for by her party: \"I'm standing again in Holm ward. Here is what I will fight for.\"",
				"Members may still campaign personally in the pre-election period, without council resources.",
				"pre-election");
		notOk("resident-casework",
				"Cllr Jonah Whitlow helped a resident with housing repairs. He drafts: \"Great news for Mrs Elsie Carrow at 14 Fennel Close – her damp is finally being fixed after I chased it!\"",
				"Naming a resident and their address from casework shares personal data without consent. A Member doing casework is a data controller.",
				"data-protection");
		ok("casework-anonymous",
				"Cllr Jonah Whitlow drafts: \"This week I helped three households in my ward get damp repairs moving. If you have a problem with your home, contact me.\"",
				"No one can be identified, and it tells residents how to get help. That is a good use of social media.",
				"data-protection");
		notOk("newspaper-photo",
				"Cllr Hana Kowalczyk wants to post a photograph from the Evening Courier's website of the new bridge, crediting \"Photo: Evening Courier\".",
				"Crediting is not permission. Using someone else's photograph without a licence infringes copyright. Ask for permission, or take your own photograph.",
				"copyright");
		ok("own-photo",
				"Cllr Hana Kowalczyk took a photograph of the new bridge herself. No people can be identified in it. She drafts: \"The new footbridge opens on Monday. Well done to everyone who made it happen.\"",
				"Her own photograph with no identifiable people raises no copyright or privacy problem.", "copyright");
		notOk("discriminatory-joke",
				"Cllr Barnaby Croft wants to share a \"joke\" meme that mocks people of a particular religion.",
				"Content that demeans people for a protected characteristic can be discrimination and breaches the Code, however it is meant.",
				"discrimination");
		notOk("harassment-course",
				"A resident keeps criticising Cllr Imran Lowther online. He plans to reply to every one of her posts, tag her employer and post her photograph each day until she stops.",
				"A course of conduct meant to cause alarm or distress can be harassment. Mute or block, keep records and ask for help.",
				"harassment");
		notOk("angry-call-to-action",
				"After reports of a burglary, Cllr Gareth Ambrose drafts: \"We all know who did this – the family at the end of Larch Row. Time people went round and sorted them out.\"",
				"Naming supposed offenders and urging people to \"sort them out\" can incite violence and is defamatory. Point residents to the police.",
				"incitement");
		notOk("threat-reply",
				"A troll tells Cllr Ayesha Morland she is \"finished\". She drafts a reply: \"Carry on and you'll find out what happens to people like you.\"",
				"A reply that reads as a threat can be a criminal offence under the communications offences, whatever the provocation.",
				"offensive-communications");
		ok("abuse-report",
				"Cllr Ayesha Morland receives a threatening message. She screenshots it, does not reply, blocks the account and reports it to the police and to Democratic Services.",
				"That is what the protocol advises: keep evidence, do not engage, report threats.", "handling-abuse");
		ok("accessible-post",
				"Cllr Tilly Brandreth posts a poster about a ward surgery as an image, with alt text repeating all of its words, and the date and place in the post's text.",
				"Alt text and the key facts in the text make the post accessible to people using screen readers.",
				"accessibility");
		notOk("image-only",
				"Cllr Tilly Brandreth plans to post a photograph of a printed timetable of bin collection changes, with no text and no description.",
				"Information only in an image is lost to people using screen readers. Add alt text and the key facts in the post itself.",
				"accessibility");
		choice("foi-messages",
				"Cllr Neil Ostrowski uses direct messages on his personal account to discuss a council contract with an officer.",
				"Can these messages be within scope of a Freedom of Information request?",
				List.of("No, a personal account is always private", "Yes, if they are about council business",
						"Only if the officer keeps a copy"),
				1,
				"Information about council business can be held for the council wherever it is, including on a personal account.",
				"freedom-of-information");
		choice("code-applies",
				"Cllr Rosa Delacourt's personal profile says \"Councillor for Whitmoor ward\". She posts about a neighbour dispute that has nothing to do with the council.",
				"Does the Code of Conduct apply to what she posts there?",
				List.of("No, it is a personal account", "It may: her profile presents her as a councillor",
						"Only if she posts during office hours"),
				1,
				"The Code applies whenever you act, claim to act or give the impression of acting as a councillor. A profile that says you are one gives that impression.",
				"when-the-code-applies");
		notOk("officer-screenshot",
				"Cllr Patrick Yeoman receives an email from a planning officer giving her professional view. He wants to post a screenshot of it with the comment \"Look at this nonsense\".",
				"It exposes an officer who cannot answer back, and may disclose information given in confidence. Raise disagreements through the proper channels.",
				"respect");
		ok("share-council-news",
				"Cllr Winifred Asante shares the council's own post announcing road closures for the Christmas market, adding \"Plan ahead if you're driving in on Saturday\".",
				"Sharing accurate council information helps residents; nothing in it is a risk.", "dos-and-donts");
		notOk("child-photo",
				"At a school visit, Cllr Oscar Pennington takes photographs of pupils in the playground. He wants to post them with the school's name. He has not asked for consent.",
				"Identifiable photographs of children need their parents' consent and the school's agreement. Ask first, or choose photographs where no one can be identified.",
				"data-protection");
		notOk("late-night-rant",
				"At midnight, after a heated meeting, Cllr Delia Furness drafts: \"Cllr Brightwell is a liar and a coward and everyone in this town knows it.\"",
				"A personal attack on another Member is disrespect, and calling someone a liar without evidence can be defamatory. Criticise positions, not people. Wait until the morning.",
				"respect");
		ok("disagree-with-member",
				"Cllr Delia Furness drafts: \"I disagree strongly with Cllr Brightwell's proposal to cut the bus subsidy. Here are three reasons why it will hurt Eastfield.\"",
				"Disagreeing with another Member's proposal and giving reasons is legitimate political debate.",
				"respect");
		choice("before-posting",
				"Cllr Kwame Holloway is unsure whether a draft post about a planning appeal is appropriate.",
				"What should he do?",
				List.of("Post it and delete it if anyone complains",
						"Check it against the quick checklist and ask Democratic Services or the Monitoring Officer",
						"Ask a friend to post it instead"),
				1,
				"If in doubt, don't post. Use the checklist and ask for advice before publishing; deleting later does not undo publication.",
				"before-you-post");
		notOk("pseudonym",
				"Cllr Fenella Sharrock plans to set up an anonymous account to criticise a rival councillor's record without it being traced to her.",
				"Anonymity does not remove responsibility. If it becomes known, the Code still applies, and hiding behind a false name damages trust.",
				"when-the-code-applies");
		choice("liability",
				"Cllr Leon Marchbank's post about a local builder is defamatory. The builder threatens to sue.",
				"Who is liable for the post?",
				List.of("The council, because he is a councillor", "Cllr Marchbank personally",
						"Nobody, because he deleted it"),
				1,
				"Members are personally liable for what they publish. The council will not normally pay for a Member's defamation claim.",
				"defamation");
		notOk("petition-data",
				"Cllr Saoirse Banfield collected a petition on paper with names and addresses. She wants to post photographs of the pages to show how many people signed.",
				"Names and addresses are personal data collected for the petition, not for publication. Say how many signed instead.",
				"data-protection");
		for (QuizQuestion question : QUESTIONS.values()) {
			if (question.correct() < 0 || question.correct() >= question.options().size()) {
				throw new IllegalStateException(question.id());
			}
		}
	}

	private QuestionBank() {
	}

	private static void ok(String id, String scenario, String feedback, String section) {
		add(new QuizQuestion(id, scenario, IS_IT_OK, OK_OR_NOT, 0, feedback, section));
	}

	private static void notOk(String id, String scenario, String feedback, String section) {
		add(new QuizQuestion(id, scenario, IS_IT_OK, OK_OR_NOT, 1, feedback, section));
	}

	private static void choice(String id, String scenario, String question, List<String> options, int correct,
			String feedback, String section) {
		add(new QuizQuestion(id, scenario, question, options, correct, feedback, section));
	}

	private static void add(QuizQuestion question) {
		if (QUESTIONS.putIfAbsent(question.id(), question) != null) {
			throw new IllegalStateException("Two questions are called " + question.id());
		}
	}

	static List<QuizQuestion> all() {
		return List.copyOf(QUESTIONS.values());
	}

	static Optional<QuizQuestion> byId(String id) {
		return Optional.ofNullable(QUESTIONS.get(id));
	}

	/**
	 * @param count how many questions
	 * @param random where the randomness comes from
	 * @return that many different questions, in random order
	 */
	static List<QuizQuestion> draw(int count, java.util.Random random) {
		List<QuizQuestion> questions = new ArrayList<>(QUESTIONS.values());
		Collections.shuffle(questions, random);
		return List.copyOf(questions.subList(0, Math.min(count, questions.size())));
	}

}
