package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.recognise.PhoneNumbers;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Other people's personal data: phone numbers, email addresses, home addresses and
 * postcodes, National Insurance and NHS numbers, dates of birth, vehicle registrations
 * tied to a person, casework or special category details (health, ethnicity, religion,
 * sexuality) tied to a named private person, and details of children. Public information
 * is left alone: an organisation's number or email, the author's own contact details, a
 * road, a venue's address.
 */
final class DataProtectionRule implements Rule {

	static final String LAW = "Under the UK GDPR and the Data Protection Act 2018 a Member handling residents' details "
			+ "is a data controller: publishing someone's personal data without a lawful basis is a breach, and "
			+ "health, ethnicity, religion and sexuality are special category data with extra protection.";

	static final String ADVICE = "Remove the personal details; talk about the issue without identifying the person, "
			+ "or get their explicit written consent first and check it with Democratic Services.";

	private static final Set<String> ORGANISATION_CUES = Set.of("council", "office", "helpline", "hotline", "line",
			"centre", "center", "team", "service", "services", "contact", "customer", "switchboard", "reception",
			"surgery", "library", "hub", "enquiries", "freephone", "police", "nhs", "samaritans", "charity", "us",
			"business", "shop", "club", "bookings", "booking", "tickets", "hall", "school", "group", "foundation",
			"trust", "ltd", "department", "desk", "unit", "clinic", "practice", "pharmacy", "hospital", "website",
			"organisers", "organiser", "association", "society", "scheme", "project", "campaign", "appointments",
			"appointment", "rspca", "citizens", "advice", "cab", "emergency", "emergencies", "report", "reporting",
			"24", "24/7", "lines", "free", "confidential", "support", "info", "information", "ward");

	private static final Set<String> SELF_CUES = Set.of("me", "my", "i", "i'm", "myself");

	private static final Set<String> PERSON_CUES = Set.of("his", "her", "their", "he", "she", "lives", "live", "living",
			"lived", "home", "neighbour", "neighbours", "constituent", "resident", "tenant", "family", "wife",
			"husband", "mum", "dad", "son", "daughter", "mobile", "personal", "private", "address", "kids", "children",
			"whose");

	private static final Set<String> HOME_CUES = Set.of("lives", "live", "living", "lived", "home", "house", "address",
			"flat", "resides", "residing", "bungalow", "door", "doorstep", "front");

	private static final Set<String> VENUE_CUES = Set.of("library", "centre", "center", "hall", "school", "church",
			"office", "offices", "hub", "surgery", "council", "station", "museum", "club", "pub", "cafe", "café",
			"shop", "store", "academy", "college", "hospital", "chapel", "mosque", "temple", "gurdwara", "pavilion",
			"venue", "depot", "event", "meeting", "open", "opening", "opens", "launch", "drop-in", "drop", "session",
			"sessions", "clinic", "market", "site", "development", "application", "planning", "homes", "scheme",
			"building", "premises", "unit", "works", "roadworks", "closed", "closure", "repairs", "pothole", "potholes",
			"flooding", "collection", "bins", "restaurant", "hotel", "theatre", "park", "playground", "garden",
			"gardens", "allotments", "company", "business", "businesses", "firm", "ltd", "warehouse", "factory",
			"pharmacy", "practice", "bank", "foodbank", "food", "community", "charity", "visit", "visited",
			"congratulations", "congrats", "new", "welcome", "address", "located", "find", "based", "held", "join",
			"come", "along", "bus", "stop", "crossing", "junction");

	private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk",
			"yahoo.com", "yahoo.co.uk", "outlook.com", "live.com", "live.co.uk", "icloud.com", "me.com", "aol.com",
			"btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "ntlworld.com", "protonmail.com",
			"proton.me", "mail.com", "gmx.com", "gmx.co.uk", "msn.com", "blueyonder.co.uk", "tiscali.co.uk");

	private static final Set<String> VEHICLE_CUES = Set.of("car", "van", "vehicle", "reg", "registration", "plate",
			"plates", "parked", "parking", "parks", "drives", "driving", "driver", "motorbike", "lorry", "taxi",
			"number", "numberplate", "drove", "reversed", "speeding", "motor");

	private static final String SPECIAL = "cancer|dementia|alzheimer's|alzheimers|diabetes|diabetic|hiv|aids|depression"
			+ "|depressed|mental_health|mental_illness|mentally_ill|suicidal|suicide|self_harm|self-harm|schizophrenia|schizophrenic|bipolar"
			+ "|autism|autistic|adhd|disabled|disability|terminally_ill|terminal|illness|in_hospital|hospitalised|medication"
			+ "|pregnant|miscarriage|abortion|alcoholic|alcoholism|addiction|addict|drug_addict|drug_problem|rehab|sectioned"
			+ "|gay|lesbian|bisexual|transgender|trans|muslim|jewish|hindu|sikh|catholic|religion|ethnicity|asylum_seeker"
			+ "|criminal_record|conviction|convicted|in_prison|in_jail|arrested|stroke|heart_attack|chemo"
			+ "|chemotherapy|overdose|hiv_positive|learning_disability|methadone|heroin|on_drugs|drug_user|diagnosed|diagnosis|multiple_sclerosis|parkinson's|parkinsons|motor_neurone|learning_difficulties|illegal_immigrant";

	private static final String CASEWORK = "arrears|rent_arrears|debt|debts|owes|owe|owing|in_debt|evicted|eviction|homeless|benefits"
			+ "|universal_credit|housing_benefit|council_tax_arrears|social_services|safeguarding|foster|fostered"
			+ "|domestic_abuse|domestic_violence|divorce|bailiffs|bankrupt"
			+ "|bankruptcy|custody|child_protection|section_21|overcrowded|mould|damp|disrepair"
			+ "|taken_into_care|in_care|sanctioned|unemployed|made_redundant|carer's_allowance|housing_list|housing_waiting_list";

	private static final String CHILD = "son|daughter|child|boy|girl|kid|grandson|granddaughter|toddler|baby|pupil"
			+ "|teenager|lad|schoolboy|schoolgirl|stepson|stepdaughter|nephew|niece";

	private static final String PATTERNS = """
			special: %PRIVATE_PERSON ~12 SPECIAL
			home: %PRIVATE_PERSON ~4 lives|living ~1 on|at|in ~4 road|street|avenue|lane|close|drive|way|crescent|gardens|court|place|terrace|grove|estate|flats
			special: SPECIAL ~6 %PRIVATE_PERSON
			casework: %PRIVATE_PERSON ~12 CASEWORK
			casework: CASEWORK ~6 %PRIVATE_PERSON
			constituent: my|our|a ~1 constituent|constituents|resident|tenant|client|caseworker ~2 %FIRST_NAME|%PERSON ~10 SPECIAL|CASEWORK
			constituent: %FIRST_NAME|%PERSON ~2 my|our|a ~1 constituent|resident|tenant ~10 SPECIAL|CASEWORK
			child: %FIRST_NAME|%PERSON ~3 aged|age ~1 UNDER18
			child: UNDER18 ~1 year ~1 old ~2 %FIRST_NAME|%PERSON
			child: %FIRST_NAME|%PERSON ~2 UNDER18 ~1 year_old|years_old|yr_old
			child: %FIRST_NAME|%PERSON ~1 's|his|her ~1 CHILD ~3 SPECIAL|CASEWORK|excluded|expelled|bullied|arrested|school|aged
			child: CHILD ~2 %FIRST_NAME|%PERSON ~4 SPECIAL|CASEWORK|excluded|expelled|bullied|arrested
			"""
		.replace("SPECIAL", SPECIAL)
		.replace("CASEWORK", CASEWORK)
		.replace("CHILD", CHILD)
		.replace("UNDER18",
				"1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen");

	private final Patterns patterns;

	private final WordClass organisationCues;

	private final WordClass personCues;

	private final WordClass homeCues;

	private final WordClass venueCues;

	private final WordClass vehicleCues;

	private final WordClass home;

	private final WordClass nhs;

	DataProtectionRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
		this.organisationCues = lexicons.wordClass("organisation-cues", ORGANISATION_CUES);
		this.personCues = lexicons.wordClass("person-cues", PERSON_CUES);
		this.homeCues = lexicons.wordClass("home-cues", HOME_CUES);
		this.venueCues = lexicons.wordClass("venue-cues", VENUE_CUES);
		this.vehicleCues = lexicons.wordClass("vehicle-cues", VEHICLE_CUES);
		this.home = lexicons.wordClass("home", Set.of("home"));
		this.nhs = lexicons.wordClass("nhs", Set.of("nhs"));
	}

	@Override
	public void check(Analysis post, Findings findings) {
		String text = post.text().original();
		List<Span> evidence = new ArrayList<>();
		Set<String> reasons = new LinkedHashSet<>();
		boolean high = false;
		for (Entity e : post.entities()) {
			post.steps().add(1 + e.end() - e.start());
			String found = text.substring(e.start(), e.end());
			Words sentence = sentenceWords(post, e);
			switch (e.kind()) {
				case PHONE -> {
					if (PhoneNumbers.organisational(found) || selfReferring(post, e)) {
						continue;
					}
					boolean someone = personNear(post, e) || sentence.any(this.home);
					if (!someone && (sentence.any(this.organisationCues)
							|| !PhoneNumbers.mobile(found) && !sentence.any(this.personCues))) {
						continue;
					}
					reasons.add("publishes someone's phone number");
				}
				case EMAIL -> {
					String domain = found.substring(found.indexOf('@') + 1).toLowerCase(Locale.ROOT);
					boolean freeMail = FREE_MAIL.contains(domain);
					if (selfReferring(post, e) || (!freeMail && !(sentence.any(this.personCues) || personNear(post, e)))
							|| organisationalEmail(found)) {
						continue;
					}
					reasons.add("publishes someone's email address");
				}
				case NI_NUMBER -> reasons.add("publishes a National Insurance number");
				case NHS_NUMBER -> {
					if (!sentence.any(this.nhs) && found.indexOf(' ') < 0 && found.indexOf('-') < 0) {
						continue;
					}
					reasons.add("publishes an NHS number");
				}
				case DATE_OF_BIRTH -> reasons.add("publishes someone's date of birth");
				case VEHICLE_REGISTRATION -> {
					if (!sentence.any(this.vehicleCues)) {
						continue;
					}
					reasons.add("publishes a vehicle registration that identifies its owner or driver");
				}
				case ADDRESS, POSTCODE -> {
					boolean venue = sentence.any(this.venueCues);
					boolean home = sentence.any(this.homeCues) || (personNear(post, e) && !venueNear(post, e));
					boolean weak = sentence.any(this.personCues);
					if (!home && !(weak && !venue)) {
						continue;
					}
					reasons.add("publishes someone's home address");
				}
				default -> {
					continue;
				}
			}
			evidence.add(new Span(e.start(), e.end()));
			high = true;
		}
		SentenceWords celebrating = new SentenceWords(CELEBRATING, 80);
		for (Match match : this.patterns.find(post.tokens(), post.steps())) {
			post.steps().add(match.last() - match.first() + 1);
			if (post.negated(match.last()) || councillorOnly(post, match)
					|| celebrating.in(post, post.tokens().get(match.first()).sentence())) {
				continue;
			}
			evidence.add(post.span(match));
			reasons.add(switch (match.tag()) {
				case "child" -> "identifies a child";
				case "home" -> "says where a named person lives";
				case "special" ->
					"reveals health, religion, ethnicity, sexuality or similar details about a named person";
				default -> "reveals casework details about a named resident";
			});
			high = true;
		}
		if (!evidence.isEmpty()) {
			findings.add(Category.DATA_PROTECTION, high ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
					String.join(", and ", reasons), LAW, ADVICE);
		}
	}

	private static final Set<String> CELEBRATING = Set.of("congratulations", "congrats", "welcome", "thanks", "thank",
			"proud", "celebrate", "celebrating", "wishing", "happy", "well", "done", "brilliant", "amazing",
			"fantastic", "great", "winner", "winning", "won", "award", "awarded", "volunteer", "volunteers",
			"volunteering", "charity", "fundraising", "raised", "joined", "join", "appointed", "elected", "first");

	private static boolean councillorOnly(Analysis post, Match match) {
		for (int k = match.first(); k <= match.last(); k++) {
			Token t = post.tokens().get(k);
			if (t.has(Marks.PRIVATE_PERSON) || t.has(Marks.FIRST_NAME)) {
				return false;
			}
		}
		return true;
	}

	private static boolean organisationalEmail(String email) {
		String lower = email.toLowerCase(Locale.ROOT);
		String local = lower.substring(0, lower.indexOf('@'));
		return lower.endsWith(".gov.uk") || lower.endsWith(".nhs.uk") || lower.endsWith(".ac.uk")
				|| lower.endsWith(".sch.uk") || lower.endsWith(".police.uk") || lower.endsWith(".org")
				|| lower.endsWith(".org.uk")
				|| Set
					.of("info", "enquiries", "enquiry", "contact", "hello", "admin", "office", "planning", "support",
							"help", "bookings", "press", "media", "foi", "complaints", "team", "mail", "sales",
							"events", "reception", "customerservices", "licensing")
					.contains(local);
	}

	private static boolean selfReferring(Analysis post, Entity e) {
		post.steps().add(6);
		int at = post.tokenAt(e.start());
		List<Token> tokens = post.tokens();
		int from = at < 0 ? tokens.size() - 1 : at - 1;
		for (int k = from; k >= 0 && k >= from - 5; k--) {
			Token t = tokens.get(k);
			if (t.is("his", "her", "their", "hers") || t.has(Marks.PRIVATE_PERSON)) {
				return false;
			}
			if (SELF_CUES.contains(t.norm())) {
				return true;
			}
		}
		return false;
	}

	private static boolean personNear(Analysis post, Entity e) {
		post.steps().add(12);
		int at = post.tokenAt(e.start());
		List<Token> tokens = post.tokens();
		if (at < 0) {
			return false;
		}
		int sentence = tokens.get(at).sentence();
		for (int k = Math.max(0, at - 8); k < Math.min(tokens.size(), at + 4); k++) {
			Token t = tokens.get(k);
			if (t.sentence() == sentence && t.has(Marks.PRIVATE_PERSON)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a venue word stands right before or after an address ("the Corner Shop, 8
	 * Albert Road").
	 */
	private static boolean venueNear(Analysis post, Entity e) {
		int at = post.tokenAt(e.start());
		if (at < 0) {
			return false;
		}
		List<Token> tokens = post.tokens();
		int sentence = tokens.get(at).sentence();
		int end = post.tokenAt(e.end() - 1);
		post.steps().add(8 + Math.max(end, at) - at);
		for (int k = Math.max(0, at - 4); k < Math.min(tokens.size(), Math.max(end, at) + 4); k++) {
			Token t = tokens.get(k);
			if (t.sentence() == sentence && (k < at || k > end) && VENUE_CUES.contains(t.norm())) {
				return true;
			}
		}
		return false;
	}

	/** The words of an entity's sentence (its first 80). */
	private static Words sentenceWords(Analysis post, Entity e) {
		int at = post.tokenAt(e.start());
		if (at < 0) {
			at = post.tokens().size() - 1;
		}
		if (at < 0) {
			return new Words(post.tokens(), 0, -1, post.steps());
		}
		int[] bounds = post.sentenceBounds(post.tokens().get(at).sentence());
		return new Words(post.tokens(), bounds[0], Math.min(bounds[1], bounds[0] + 79), post.steps());
	}

	/**
	 * Some words of a post, from one index to another (included).
	 *
	 * @param tokens the words of the post
	 * @param from the first
	 * @param to the last
	 * @param steps the check's counter
	 */
	private record Words(List<Token> tokens, int from, int to, Steps steps) {

		boolean any(WordClass cues) {
			this.steps.add(1 + this.to - this.from);
			for (int k = this.from; k <= this.to; k++) {
				if (cues.contains(this.tokens.get(k))) {
					return true;
				}
			}
			return false;
		}

	}

}
