package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordSet;

/**
 * Grossly offensive, obscene or indecent language, including masked and disguised
 * swearing (f***, sh1t, f.u.c.k): a slur, or swearing in a sentence about a person or a
 * group, is HIGH_RISK under the statutes; a swear word used as an insult of people nobody
 * names ("bellends running this town") is CAUTION; swearing at nobody is advice about
 * tone that cites none. Quoting abuse received in order to condemn it is not flagged.
 * Also computes most of the offensive score from the lexicons.
 */
final class MaliciousCommunicationRule implements Rule {

	static final String LAW = "Sending grossly offensive, indecent, obscene or menacing messages can be an offence under "
			+ "the Malicious Communications Act 1988, section 127 of the Communications Act 2003 and the Online "
			+ "Safety Act 2023 (sections 179 to 183), and swearing in public as a Member can bring the council "
			+ "into disrepute.";

	static final String ADVICE = "Take out the swearing or offensive words; make your point in language you would use "
			+ "in a council meeting.";

	static final String LAW_TONE = "Swearing aimed at nobody breaks no law, but residents read a Member's posts as "
			+ "coming from their office: the Code of Conduct asks Members not to bring it into disrepute, and "
			+ "swearing can put people off what you have to say.";

	static final String ADVICE_TONE = "Consider taking out the swearing; the point will carry without it.";

	/**
	 * Words of the LDNOOBW list that are ordinary in council business; they add nothing
	 * to the score.
	 */
	private static final Set<String> ORDINARY = Set.of("sex", "sexual", "sexually", "sexuality", "suck", "sucks",
			"butt", "escort", "domination", "rape", "raping", "rapist", "paedophile", "pedophile", "nude", "nudity",
			"erotic", "hardcore", "hard core", "tied up", "xx", "swinger", "strip club", "incest", "genitals", "penis",
			"vagina", "vulva", "rectum", "intercourse", "homoerotic", "porn", "pornography", "viagra", "cialis",
			"playboy", "lolita", "voyeur", "eunuch", "sadism", "bondage", "scat", "santorum", "tainted love",
			"taste my", "tongue in a", "girl on", "big black", "sexy", "kinky", "sodomy", "date rape", "dominatrix",
			"fecal", "pleasure chest", "jelly donut", "hot chick", "spread legs", "undressing", "topless", "snatch",
			"schlong", "clitoris", "ejaculation", "orgasm", "masturbation", "negro", "swastika", "nipple", "nipples",
			"boob", "busty", "lovemaking", "smut", "grope", "creampie", "goo girl", "jail bait", "jailbait",
			"tight white", "girls gone wild", "dp action", "mound of venus", "venus mound", "white power",
			"how to kill", "how to murder", "leather restraint", "dog style", "xxx", "bastinado", "blue waffle");

	private final WordSet profanity;

	private final WordSet mild;

	private final WordSet slurs;

	private final WordSet ldnoobw;

	private final WordSet insults;

	MaliciousCommunicationRule(Lexicons lexicons) {
		this.profanity = lexicons.set("profanity");
		this.mild = lexicons.set("profanity-mild");
		this.slurs = lexicons.set("slurs");
		this.ldnoobw = lexicons.set("ldnoobw-en");
		this.insults = lexicons.set("insults");
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		boolean aimed = false;
		boolean insulting = false;
		boolean slur = false;
		int i = 0;
		while (i < tokens.size()) {
			post.steps().one();
			int length = this.slurs.match(tokens, i);
			boolean isSlur = length > 0;
			if (!isSlur) {
				length = this.profanity.match(tokens, i);
			}
			if (length > 0) {
				int last = i + length - 1;
				if (post.reported(i, last)) {
					post.offend(isSlur ? 0.3 : 0.15);
				}
				else {
					evidence.add(post.span(i, last));
					post.offend(isSlur ? 0.9 : 0.6);
					slur |= isSlur;
					aimed |= post.sentenceHas(tokens.get(i).sentence(), Marks.TARGET | Marks.GROUP);
					insulting |= this.insults.match(tokens, i) > 0;
				}
				i += length;
				continue;
			}
			if (this.mild.contains(tokens.get(i))) {
				post.offend(0.12);
			}
			else if (this.insults.match(tokens, i) == 0) {
				int loose = this.ldnoobw.match(tokens, i);
				if (loose > 0 && !ORDINARY.contains(phrase(tokens, i, loose))) {
					post.offend(0.25);
					i += loose;
					continue;
				}
			}
			i++;
		}
		if (slur || aimed) {
			findings.add(Category.MALICIOUS_COMMUNICATION, Severity.HIGH_RISK, evidence,
					slur ? "uses a slur" : "swears at someone or uses obscene language about them", LAW, ADVICE);
		}
		else if (insulting) {
			findings.add(Category.MALICIOUS_COMMUNICATION, Severity.CAUTION, evidence,
					"uses swearing as an insult of people", LAW, ADVICE);
		}
		else if (!evidence.isEmpty()) {
			findings.add(Category.MALICIOUS_COMMUNICATION, Severity.ADVICE, evidence,
					"contains swearing, though not at anyone", LAW_TONE, ADVICE_TONE);
		}
	}

	private static String phrase(List<Token> tokens, int at, int length) {
		if (length == 1) {
			return tokens.get(at).norm();
		}
		StringBuilder out = new StringBuilder();
		for (int k = 0; k < length; k++) {
			if (k > 0) {
				out.append(' ');
			}
			out.append(tokens.get(at + k).norm());
		}
		return out.toString();
	}

}
