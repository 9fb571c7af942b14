package org.membercomms.checker.wordnet;

import static org.membercomms.checker.wordnet.WordClass.Selection.ANY_SENSE;
import static org.membercomms.checker.wordnet.WordClass.Selection.BELOW;
import static org.membercomms.checker.wordnet.WordClass.Selection.BELOW_COMMON;
import static org.membercomms.checker.wordnet.WordClass.Selection.SYNONYMS;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word classes the checker's composition layer takes from WordNet, and how each is
 * drawn. The roots name kinds of meaning the issue names (hatred, violence, criminal
 * damage, dehumanisation, a negative trait said of a group), never phrasings from test
 * posts: a class lets in every word WordNet files under its roots, so a post using a word
 * no one listed by hand is still read.
 */
final class WordClasses {

	static final List<WordClass> ALL = List.of(
			new WordClass("wordnet-hostility", "verb", List.of("hate.1", "despise.1"), BELOW, Set.of(),
					"verbs of hatred and contempt (WordNet: hate, despise and the verbs below them)"),
			new WordClass("wordnet-violence", "verb",
					List.of("kill.1", "injure.1", "hit.3", "beat.2", "assault.1", "stab.1", "shoot.1", "shoot.2",
							"torture.2", "rape.1", "strangle.1"),
					BELOW,
					Set.of("erase", "off", "handicap", "overstretch", "sprain", "subluxate", "wrick", "trounce",
							"eradicate", "neutralise", "liquidate", "decimate", "lambast", "lambaste", "execute",
							"desecrate", "harm", "martyr", "martyrise", "martyrize", "flight", "sic", "reassail",
							"bulldog", "buff", "brain", "bean", "chine", "halter", "lame", "pip", "cat", "grass", "bat",
							"boot", "pound", "stone", "lather", "leather", "lash", "swipe", "slug", "welt", "vaporize",
							"burke", "contuse", "bruise", "traumatise", "traumatize", "flail", "wham", "whap", "whop",
							"sock", "swat", "smite", "birch", "cane", "spank"),
					"verbs of violence to people (WordNet: kill, injure, beat, assault, stab, shoot, torture, rape, "
							+ "strangle and the verbs below them)"),
			new WordClass("wordnet-damage", "verb",
					List.of("destroy.2", "vandalize.1", "burn.1", "wreck.1", "smash.2", "deface.1"), BELOW,
					Set.of("cremate", "devour", "bilge", "singe", "swinge", "plague", "blight", "ravage", "devastate"),
					"verbs of criminal damage (WordNet: destroy, vandalise, burn, wreck, smash, deface and the verbs "
							+ "below them)"),
			new WordClass("wordnet-dehumanising", "noun",
					List.of("animal.1", "vermin.2", "pest.4", "parasite.1", "microbe.1", "virus.1",
							"infectious_disease.1", "plague.2", "filth.1", "rubbish.1", "garbage.1", "body_waste.1",
							"trash.2"),
					BELOW_COMMON,
					Set.of("game", "young", "pet", "stock", "male", "female", "mate", "baby", "pest", "head", "fish",
							"giant", "tail", "pup", "cub", "kid", "host", "stray", "feeder", "migrant", "hunter",
							"predator", "prey", "domestic", "adult", "herd", "flock", "cold", "flu", "fever", "mind",
							"illness", "sickness", "disorder", "condition", "syndrome", "disability", "depression",
							"anxiety", "autism", "dementia", "leprosy", "aids", "cancer", "stroke", "addiction",
							"alcoholism", "obesity", "blindness", "deafness", "lameness", "infertility", "allergy",
							"asthma", "arthritis", "epilepsy", "diabetes", "tumour", "tumor", "injury", "wound",
							"paralysis", "insanity", "madness", "schizophrenia", "hepatitis", "malaria", "rabies",
							"tuberculosis", "smallpox", "polio", "measles", "mumps", "cholera", "typhoid", "covid",
							"sweat", "urine", "tears", "tear", "blood", "milk", "saliva", "spit", "waste", "scrap",
							"scraps", "litter", "junk", "stuff", "rubble", "debris", "sewage", "sludge", "dross",
							"horse", "bird", "lamb", "hen", "duck", "swan", "eagle", "hawk", "owl", "robin", "dove",
							"lion", "tiger", "bear", "deer", "bee", "butterfly", "cat", "kitten", "puppy", "pony",
							"rabbit", "hare", "squirrel", "mouse", "dolphin", "whale", "seal", "calf", "ox", "human",
							"mankind", "creature", "queen", "mount", "charger", "drone", "dun", "whiteface", "buckskin",
							"newfoundland", "bronc", "beef", "salmon", "turkey", "cricket", "fly", "bat", "mare",
							"steed", "colt", "filly", "gelding", "spaniel", "terrier", "nightingale", "peacock", "crab",
							"oyster", "clam", "seahorse", "salamander", "woodpecker", "cockatoo", "parakeet",
							"silkworm", "honeybee", "bumblebee", "pheasant", "sparrow", "magpie", "falcon", "ocelot",
							"panther", "elephant", "rhino", "rhinoceros", "walrus", "antelope", "larva", "nestling",
							"chick", "fowl", "poultry", "buffalo", "carabao", "vertebrate", "mammal", "livestock",
							"refuse", "rubbish", "garbage", "bug", "virus", "crowbait", "gamecock", "jackdaw",
							"bloodhound", "hound", "anteater", "armadillo", "bluefish", "andrena", "grayback",
							"leafhopper", "cicada", "tadpole", "porcupine", "possum", "rattler", "sidewinder",
							"cottonmouth", "frambesia", "yaws", "brucellosis", "typhus", "dysentery", "hookworm",
							"python", "anaconda", "goose", "cattle", "sheep", "mule", "cow", "goat", "rooster",
							"parrot", "pigeon", "seagull", "crow", "frog", "lizard", "reptile", "spider", "moth",
							"snail", "beetle", "caterpillar", "grasshopper", "shark", "coyote"),
					"nouns for animals, pests, disease and filth (WordNet: animal, vermin, parasite, microbe, "
							+ "virus, disease, filth, rubbish, body waste, trash as worthless people, and below)"),
			new WordClass("wordnet-traits", "noun", List.of("bad_person.1", "unpleasant_person.1", "wrongdoer.1",
					"simpleton.1", "idler.1", "deceiver.1", "liar.1", "coward.1", "parasite.2", "vermin.1", "insect.2"),
					ANY_SENSE,
					Set.of("offender", "prisoner", "convict", "inmate", "suspect", "defendant", "accused", "culprit",
							"sinner", "villain", "devil", "rascal", "rogue", "monkey", "imp", "scamp", "tyke", "tike",
							"urchin", "brat", "pickpocket", "agent", "spy", "lobbyist", "heavy", "mole", "informer",
							"grass", "rat", "fink", "snitch", "owner", "user", "simple", "oddball", "nut", "character",
							"case", "type", "loner", "outsider", "misfit", "blackmailer", "intruder", "trespasser",
							"smuggler", "poacher", "pirate", "hacker", "drunk", "drunkard", "addict", "loser",
							"failure", "mug", "sucker", "gull", "victim", "bully", "nuisance", "pest", "junior",
							"runner", "teach", "trailer", "ted", "roaster", "whittler", "sunbather", "stargazer",
							"shocker", "switcher", "spiller", "strayer", "roper", "padder", "rip", "shedder", "torpedo",
							"hotdog", "harrier", "goth", "iconoclast", "imitator", "mimic", "mimicker", "rounder",
							"spook", "craniologist", "phrenologist", "nonattender", "figurehead", "collaborator",
							"collaborationist", "decoy", "avenger", "charmer", "daydreamer", "escapist",
							"disciplinarian", "authoritarian", "stickler", "cynic", "changeling", "bravo", "retaliator",
							"liquidator", "moneylender", "monopolist", "monopoliser", "monopolizer", "pantaloon",
							"platitudinarian", "reversionist", "obscurantist", "smoothie", "smoothy", "whipper",
							"seizer", "trembler", "defector", "critic", "detractor", "muckraker", "gadfly",
							"complainer", "grumbler", "moaner", "hesitater", "hesitator", "lagger", "straggler",
							"lingerer", "potterer", "putterer", "loiterer", "mope", "lame"),
					"nouns for bad, unpleasant, criminal, stupid, idle, deceitful or cowardly people (WordNet: "
							+ "bad person, unpleasant person, wrongdoer, simpleton, idler, deceiver, liar, coward, "
							+ "parasite and vermin as people, and below)"),
			new WordClass("wordnet-trait-adjectives", "adj",
					List.of("evil.1", "wicked.1", "stupid.1", "lazy.1", "dishonest.1", "dirty.1", "violent.1",
							"worthless.1", "inferior.1", "disgusting.1", "greedy.1", "cruel.1", "criminal.1", "ugly.1",
							"foul.1", "useless.1", "untrustworthy.1", "immoral.1", "primitive.1", "savage.1",
							"barbaric.1", "incompetent.1", "ignorant.1", "filthy.1", "treacherous.1", "deceitful.1",
							"vile.1", "corrupt.1", "thieving.1", "parasitic.1", "repulsive.1"),
					SYNONYMS,
					Set.of("prehensile", "fallacious", "unqualified", "wild", "unsafe", "crude", "fell", "condemnable",
							"soiled", "nescient", "unlearned", "unlettered", "grasping", "grabby", "roughshod",
							"skanky", "yucky", "loathly", "disgustful", "untrusty", "distasteful", "unclean",
							"covetous", "brutal", "unworthy", "deplorable", "dangerous"),
					"adjectives of a negative trait said of a whole group (WordNet: the words of the first sense "
							+ "of evil, stupid, lazy, dishonest, dirty, violent, worthless, inferior, disgusting, "
							+ "greedy, cruel and like heads)"),
			new WordClass("wordnet-praise", "adj",
					List.of("honest.1", "trustworthy.1", "intelligent.1", "competent.1", "industrious.1", "decent.1",
							"civilized.1", "loyal.1", "reliable.1", "law-abiding.1", "capable.1", "peaceful.1",
							"hygienic.1", "clever.3", "smart.3", "talented.1", "skilled.1"),
					SYNONYMS, Set.of("nice", "observant", "trusty", "tireless", "untiring", "peaceable", "cunning"),
					"adjectives of praise that a negation turns into a negative generalisation (\"are never "
							+ "honest\"; WordNet: the words of the first sense of honest, trustworthy, intelligent "
							+ "and like heads)"),
			new WordClass("wordnet-body-parts", "noun",
					List.of("external_body_part.1", "bone.1", "sense_organ.1", "rib.1", "tooth.1"), BELOW_COMMON,
					Set.of("back", "front", "side", "hand", "hands", "feet", "foot", "body", "figure", "form", "build",
							"frame", "torso", "trunk", "hip", "hips", "waist", "lap", "bottom", "seat", "crown", "brow",
							"temple", "palm", "pin", "pins", "wing", "bust", "breast", "chest", "bosom", "nail", "heel",
							"sole", "toe", "thumb", "finger", "digit", "joint", "limb", "member", "pate", "bone",
							"horn", "anterior", "bullethead", "epiphysis", "extremity", "turbinate", "marrowbone",
							"hoof", "paw", "phalanx", "physiognomy", "visage", "fist", "baroreceptor", "snout"),
					"nouns for parts of the body, the object of a blow (\"break your jaw\"; WordNet: external body "
							+ "part and bone, and below)"),
			new WordClass("wordnet-weapons", "noun", List.of("weapon.1"), BELOW_COMMON,
					Set.of("slug", "autoloader", "icbm", "luger", "projectile", "carbine", "musket", "lance",
							"scimitar", "cutlass"),
					"nouns for weapons, for violence done with one (\"put a bullet in him\"; WordNet: weapon and "
							+ "below)"),
			new WordClass("wordnet-crimes", "verb-present",
					List.of("steal.1", "rob.1", "cheat.1", "cheat.3", "swindle.1", "smuggle.1", "loot.1", "loot.2",
							"burgle.1", "mug.1", "traffic.1", "terrorize.1", "riot.1"),
					BELOW,
					Set.of("soak", "surcharge", "overcharge", "chisel", "rook", "shaft", "welsh", "welch", "juggle",
							"plume", "con", "fudge", "snitch", "whipsaw", "glom", "snarf", "foray", "goldbrick", "gip",
							"gyp", "deplume", "displume", "reave", "malversate", "defalcate", "peculate", "beguile",
							"hornswoggle", "diddle", "nobble", "gazump", "mulct", "bilk", "bunco", "heist", "mug"),
					"verbs of crime in the present, for a crime said as what a group does (\"they steal\"; WordNet: "
							+ "steal, rob, cheat, swindle, smuggle, loot, burgle, mug, traffic, terrorise, riot and below)"));

	private WordClasses() {
	}

	/**
	 * The lemmas of a class.
	 * @param wordClass the class
	 * @param wordNet its part of speech
	 * @param nouns the nouns, to leave out a verb used more often as a noun
	 * @return the lemmas, sorted
	 */
	static Set<String> lemmas(WordClass wordClass, WordNet wordNet, WordNet nouns) {
		List<String> roots = wordClass.roots().stream().map(wordNet::sense).toList();
		Set<String> lemmas = new TreeSet<>();
		if (wordClass.selection() == SYNONYMS) {
			roots.forEach((r) -> wordNet.synset(r).words().stream().filter(WordClasses::plain).forEach(lemmas::add));
		}
		else {
			Set<String> below = wordNet.below(roots);
			wordNet.lemmas().forEach((lemma, senses) -> {
				if (plain(lemma) && letIn(wordClass, wordNet, nouns, below, lemma, senses)) {
					lemmas.add(lemma);
				}
			});
		}
		lemmas.removeAll(wordClass.rejects());
		return lemmas;
	}

	private static boolean letIn(WordClass wordClass, WordNet wordNet, WordNet nouns, Set<String> below, String lemma,
			List<String> senses) {
		int tagged = 0;
		int inClass = 0;
		for (int i = 0; i < senses.size(); i++) {
			int count = wordNet.tagCount(lemma, i + 1);
			tagged += count;
			inClass += below.contains(senses.get(i)) ? count : 0;
		}
		boolean first = below.contains(senses.get(0));
		return switch (wordClass.selection()) {
			case BELOW -> first && (tagged == 0 || 2 * inClass >= tagged)
					&& !(wordClass.pos().startsWith("verb") && nounUses(nouns, lemma) > Math.max(tagged, 0));
			case BELOW_COMMON -> first && tagged > 0 && 2 * inClass >= tagged;
			case ANY_SENSE -> tagged == 0 ? first : 2 * inClass >= tagged;
			case SYNONYMS -> true;
		};
	}

	private static int nounUses(WordNet nouns, String lemma) {
		List<String> senses = nouns.lemmas().getOrDefault(lemma, List.of());
		int uses = 0;
		for (int i = 0; i < senses.size(); i++) {
			uses += nouns.tagCount(lemma, i + 1);
		}
		return uses;
	}

	private static boolean plain(String lemma) {
		return lemma.chars().allMatch(Character::isLetter) && lemma.length() > 2;
	}

}
