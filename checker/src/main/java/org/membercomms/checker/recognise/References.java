package org.membercomms.checker.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;
import org.membercomms.checker.text.WordSet;

/**
 * Finds who and what a post talks about and marks the words: people's names (titles such
 * as Cllr, Mrs or Dr, capitalisation, the shipped first-name and surname lists), roles
 * (the Leader, officers, residents), pronouns, organisations, institutions and groups
 * with a protected characteristic.
 */
public final class References {

	private static final Set<String> TITLES = Set.of("cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr", "sir",
			"dame", "lord", "lady", "rev", "revd", "reverend", "prof", "professor", "cllrs");

	private static final Set<String> COUNCILLOR_TITLES = Set.of("cllr", "councillor", "cllrs");

	private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

	private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself", "yourselves", "u", "ya", "ye",
			"yer");

	/**
	 * Given names that are also everyday words, month names or places: names only with a
	 * surname or title.
	 */
	private static final Set<String> NAME_WORDS = Set.copyOf(List.of("will", "may", "mark", "grant", "bill", "hope",
			"faith", "joy", "summer", "april", "june", "rose", "grace", "chase", "guy", "pat", "sue", "art", "bob",
			"don", "jack", "ray", "rich", "rob", "sky", "lane", "hunter", "mason", "price", "page", "miles", "dale",
			"dawn", "glen", "heath", "lee", "max", "norman", "penny", "ruby", "terry", "victor", "wade", "brook",
			"brooks", "king", "green", "major", "reed", "august", "autumn", "winter", "holly", "ivy", "iris", "lily",
			"violet", "daisy", "poppy", "amber", "crystal", "destiny", "harmony", "heaven", "honey", "star", "storm",
			"river", "forest", "rocky", "sandy", "misty", "rusty", "sunny", "frank", "earnest", "constance", "patience",
			"prudence", "charity", "mercy", "christian", "royal", "sterling", "noble", "young", "carter", "cooper",
			"baker", "porter", "mayor", "minister", "bishop", "dean", "chancellor", "unique", "precious", "justice",
			"liberty", "trinity", "independence", "easter", "christmas", "jan", "ash", "field", "hall", "brady",
			"happy", "paris", "london", "chelsea", "india", "jordan", "georgia", "virginia", "carolina", "florence",
			"lincoln", "kent", "devon", "york", "preston", "stanley", "clifton", "ashley", "shelby", "bradley",
			"beverly", "kingston", "chester", "warren", "wiley", "bell", "mario", "tesco", "nick", "sherman",
			"wellington", "milton", "ruth", "pearl", "jewel", "gay", "sage", "rory", "dusty", "ward", "west", "white",
			"brown", "little", "moore", "craig", "trevor", "queen", "king", "prince", "princess", "duke", "earl",
			"ryan", "abbey", "clay", "cliff", "drew", "gene", "hazel", "jade", "olive", "tyler", "parker", "spencer",
			"marshall", "taylor", "lewis", "harrison", "morgan", "mitchell", "kelly", "jay", "kay", "dee", "cam", "al",
			"ed", "di", "jo", "val", "viv", "roy", "ronnie"));

	/**
	 * Words that make a capitalised pair a place, not a person ("Rose Avenue", "Grace
	 * Hall").
	 */
	private static final Set<String> PLACE_WORDS = Set.of("road", "rd", "street", "st", "avenue", "ave", "lane",
			"close", "drive", "way", "crescent", "gardens", "court", "place", "terrace", "grove", "hill", "row", "walk",
			"mews", "view", "square", "rise", "parade", "vale", "meadow", "meadows", "fields", "field", "gate",
			"cottages", "estate", "green", "park", "hall", "centre", "center", "school", "church", "house", "library",
			"academy", "college", "hospital", "surgery", "farm", "wood", "woods", "bridge", "station", "primary",
			"infants", "juniors", "chapel", "arms", "inn", "hotel", "tower", "towers", "lodge", "manor", "village",
			"town", "city", "ward", "fc", "club", "trust", "foundation", "campus", "leisure", "street's", "theatre",
			"cinema", "market", "quay", "wharf", "port", "bay", "island", "valley", "common", "heath", "moor", "end",
			"court's");

	/** Roles, officers, institutions and groups, as {@link #markPhrases} marks them. */
	private final WordSet[] phraseSets;

	private static final long[] PHRASE_MARKS = { Marks.ROLE, Marks.OFFICER | Marks.ROLE, Marks.INSTITUTION,
			Marks.GROUP };

	private final long phraseBits;

	private final WordSet firstNames;

	private final WordSet lastNames;

	private final WordClass titles;

	private final WordClass councillorTitles;

	private final WordClass pronouns;

	private final WordClass you;

	private final WordClass nameWords;

	private final WordClass shortForms;

	private final WordClass placeWords;

	private final WordClass contextWords;

	private final WordClass companyWords;

	private final WordClass organisationWords;

	/**
	 * Prepares the recogniser (while the checker is built: it registers its word lists).
	 * @param lexicons the shipped lexicons
	 */
	public References(Lexicons lexicons) {
		this.phraseSets = new WordSet[] { lexicons.set("roles"), lexicons.set("officers"), lexicons.set("institutions"),
				lexicons.set("groups") };
		this.phraseBits = WordSet.bitsOf(List.of(this.phraseSets));
		this.firstNames = lexicons.set("first-names");
		this.lastNames = lexicons.set("last-names");
		this.titles = lexicons.wordClass("titles", TITLES);
		this.councillorTitles = lexicons.wordClass("councillor-titles", COUNCILLOR_TITLES);
		this.pronouns = lexicons.wordClass("pronouns", PRONOUNS);
		this.you = lexicons.wordClass("you", YOU);
		this.nameWords = lexicons.wordClass("name-words", NAME_WORDS);
		this.shortForms = lexicons.wordClass("short-first-names", ShortForms.of(this.firstNames.words()));
		this.placeWords = lexicons.wordClass("place-words", PLACE_WORDS);
		this.contextWords = lexicons.wordClass("context-words", CONTEXT_WORDS);
		this.companyWords = lexicons.wordClass("company-words", COMPANY_WORDS);
		this.organisationWords = lexicons.wordClass("organisation-words", ORGANISATION_WORDS);
	}

	/**
	 * Marks the words of a post (annotated by {@link Lexicons#annotate}) and returns the
	 * people and organisations found.
	 * @param text the post
	 * @return people (PERSON, COUNCILLOR, PRIVATE_PERSON) and organisations
	 */
	public List<Entity> mark(PostText text) {
		List<Token> tokens = text.tokens();
		Steps steps = text.steps();
		List<Entity> found = new ArrayList<>();
		markPhrases(tokens, steps);
		RoleTails.mark(tokens, steps);
		steps.add(tokens.size());
		for (Token token : tokens) {
			if (this.pronouns.contains(token)) {
				token.mark(Marks.PRONOUN);
			}
			else if (this.you.contains(token)) {
				token.mark(Marks.YOU);
			}
		}
		markPeople(tokens, found, steps);
		markOrganisations(tokens, found, steps);
		return found;
	}

	/**
	 * Marks the roles, officers, institutions and groups, in one pass: each set's entries
	 * are matched longest first from left to right, a match's words skipped by that set,
	 * and words no set can start passed over with one test.
	 */
	private void markPhrases(List<Token> tokens, Steps steps) {
		WordSet[] sets = this.phraseSets;
		int[] next = new int[sets.length];
		steps.add(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			if (!WordSet.mayStart(this.phraseBits, tokens.get(i))) {
				continue;
			}
			for (int s = 0; s < sets.length; s++) {
				if (next[s] > i) {
					continue;
				}
				int length = sets[s].match(tokens, i);
				steps.add(1 + length);
				for (int k = 0; k < length; k++) {
					tokens.get(i + k).mark(PHRASE_MARKS[s]);
				}
				next[s] = i + Math.max(1, length);
			}
		}
	}

	/**
	 * Words after which capitalised words are a private person's name, whatever the name
	 * lists say.
	 */
	private static final Set<String> CONTEXT_WORDS = Set.of("constituent", "constituents", "resident", "tenant",
			"neighbour", "client", "residents", "tenants", "neighbours");

	private void markPeople(List<Token> tokens, List<Entity> found, Steps steps) {
		WordSet first = this.firstNames;
		WordSet last = this.lastNames;
		int n = tokens.size();
		int i = 0;
		while (i < n) {
			Token token = tokens.get(i);
			String w = token.norm();
			// a word is read whole at most eight times: twice from each of the three
			// words before it that may start a name, and twice from itself
			steps.add(1 + 8L * w.length());
			if (this.contextWords.contains(token)) {
				int j = i + 1;
				while (j < n && j - i <= 3 && tokens.get(j).sentence() == token.sentence()
						&& NameShapes.nameLike(tokens.get(j)) && !this.placeWords.contains(tokens.get(j))
						&& !this.titles.contains(tokens.get(j))) {
					j++;
				}
				if (j > i + 1) {
					for (int k = i + 1; k < j; k++) {
						tokens.get(k).mark(Marks.PERSON | Marks.PRIVATE_PERSON);
					}
					found.add(
							new Entity(Entity.Kind.PRIVATE_PERSON, tokens.get(i + 1).start(), tokens.get(j - 1).end()));
					i = j;
					continue;
				}
			}
			if (this.titles.contains(token)) {
				int j = i + 1;
				while (j < n && j - i <= 3 && tokens.get(j).sentence() == token.sentence()
						&& (j == i + 1 ? NameShapes.surnameAfterTitle(tokens.get(j))
								: NameShapes.nameLike(tokens.get(j)) && !this.placeWords.contains(tokens.get(j)))) {
					j++;
				}
				boolean councillor = this.councillorTitles.contains(token);
				if (j > i + 1) {
					long marks = Marks.PERSON | (councillor ? Marks.COUNCILLOR : Marks.PRIVATE_PERSON);
					for (int k = i; k < j; k++) {
						tokens.get(k).mark(marks);
					}
					found.add(new Entity(councillor ? Entity.Kind.COUNCILLOR : Entity.Kind.PRIVATE_PERSON,
							token.start(), tokens.get(j - 1).end()));
					i = j;
					continue;
				}
				if (councillor) {
					token.mark(Marks.ROLE);
				}
				i++;
				continue;
			}
			boolean known = first.contains(w);
			if (NameShapes.nameLike(token) && !token.upperCase() && (known || this.shortForms.contains(token))) {
				// a short form ("Bev") names a person only before a surname
				boolean everyday = !known || this.nameWords.contains(token);
				int j = i + 1;
				if (j < n && tokens.get(j).sentence() == token.sentence() && NameShapes.nameLike(tokens.get(j))
						&& !tokens.get(j).upperCase() && !this.placeWords.contains(tokens.get(j))
						&& (last.contains(tokens.get(j).norm()) || !first.contains(tokens.get(j).norm())
								|| !everyday)) {
					j++;
					if (j < n && tokens.get(j).sentence() == token.sentence() && NameShapes.nameLike(tokens.get(j))
							&& last.contains(tokens.get(j).norm())) {
						j++;
					}
					for (int k = i; k < j; k++) {
						tokens.get(k).mark(Marks.PERSON | Marks.PRIVATE_PERSON);
					}
					found.add(new Entity(Entity.Kind.PRIVATE_PERSON, token.start(), tokens.get(j - 1).end()));
					i = j;
					continue;
				}
				boolean place = j < n && this.placeWords.contains(tokens.get(j));
				if (!everyday && !place) {
					token.mark(Marks.PERSON | Marks.FIRST_NAME);
					found.add(new Entity(Entity.Kind.PERSON, token.start(), token.end()));
				}
			}
			i++;
		}
	}

	private static final Set<String> COMPANY_WORDS = Set.of("ltd", "limited", "plc", "llp", "homes", "developments",
			"properties", "construction", "estates", "holdings", "builders", "contractors", "associates", "partners",
			"investments", "consulting", "consultants", "solutions", "enterprises", "industries", "logistics", "motors",
			"inc", "group");

	private static final Set<String> ORGANISATION_WORDS = Set.of("developer", "contractor", "company", "firm",
			"landlord", "builder", "business", "charity", "club", "newspaper", "paper", "association", "housebuilder");

	private void markOrganisations(List<Token> tokens, List<Entity> found, Steps steps) {
		int n = tokens.size();
		steps.add(4L * n);
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			String w = token.norm();
			if (this.organisationWords.contains(token)) {
				token.mark(Marks.ORGANISATION);
			}
			if (this.companyWords.contains(token) && token.capitalised() && i > 0 && tokens.get(i - 1).capitalised()
					&& tokens.get(i - 1).sentence() == token.sentence()) {
				int s = i - 1;
				while (s > 0 && i - s < 4 && tokens.get(s - 1).capitalised()
						&& tokens.get(s - 1).sentence() == token.sentence()) {
					s--;
				}
				for (int k = s; k <= i; k++) {
					tokens.get(k).mark(Marks.ORGANISATION);
				}
				found.add(new Entity(Entity.Kind.ORGANISATION, tokens.get(s).start(), token.end()));
			}
		}
	}

}
