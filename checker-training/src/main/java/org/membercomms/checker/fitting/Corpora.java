package org.membercomms.checker.fitting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the labelled data sets of a data folder (by default {@code ../shared/data/}) as
 * offensive (1) or not (0) texts. OLID level A is the reference; Davidson's hate speech
 * and offensive language and HateXplain's hate speech and offensive posts count as
 * offensive. HatEval and ETHOS are read for evaluation only (their licences do not allow
 * training a shipped model).
 */
public final class Corpora {

	/**
	 * One labelled text.
	 *
	 * @param id its id in the data set (row number where it has none)
	 * @param text the text
	 * @param offensive 1 when offensive, 0 when not
	 */
	public record Example(String id, String text, int offensive) {

		/**
		 * @return the data set it comes from: {@code olid} or the prefix of its id
		 */
		public String source() {
			int dash = this.id.indexOf('-');
			return dash < 0 ? "olid" : this.id.substring(0, dash);
		}

	}

	private final Path root;

	/**
	 * @param root the data folder, e.g. {@code ../shared/data}
	 */
	public Corpora(Path root) {
		this.root = root;
	}

	/**
	 * @return whether the data folder holds OLID
	 */
	public boolean available() {
		return Files.isRegularFile(olidFile());
	}

	Path olidFile() {
		return this.root.resolve("olid/olid-training-v1.0.tsv");
	}

	/**
	 * Reads an OLID file: TSV with a header, id, tweet, subtask_a (OFF or NOT), ...
	 * @param file the file
	 * @return its tweets
	 * @throws IOException when it cannot be read
	 */
	public static List<Example> olid(Path file) throws IOException {
		List<Example> out = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int textColumn = 1;
		int labelColumn = 2;
		for (int i = 0; i < lines.size(); i++) {
			String[] f = lines.get(i).split("\t", -1);
			if (i == 0 && f[0].startsWith("\uFEFF")) {
				f[0] = f[0].substring(1);
			}
			if (i == 0 && f[0].equals("id")) {
				for (int c = 0; c < f.length; c++) {
					textColumn = f[c].equals("tweet") ? c : textColumn;
					labelColumn = f[c].equals("subtask_a") ? c : labelColumn;
				}
				continue;
			}
			if (f.length <= Math.max(textColumn, labelColumn)) {
				continue;
			}
			out.add(new Example(f[0], f[textColumn], f[labelColumn].trim().equals("OFF") ? 1 : 0));
		}
		return out;
	}

	/**
	 * Reads an OLID test file (id, tweet) with its labels in a separate CSV (id,OFF|NOT),
	 * as the official test set comes.
	 * @param tweets the TSV of tweets
	 * @param labels the CSV of labels
	 * @return the labelled tweets that have a label
	 * @throws IOException when they cannot be read
	 */
	public static List<Example> olid(Path tweets, Path labels) throws IOException {
		Map<String, String> label = new HashMap<>();
		for (List<String> row : csv(Files.readString(labels, StandardCharsets.UTF_8), ',')) {
			if (row.size() >= 2) {
				label.put(row.get(0).trim(), row.get(1).trim());
			}
		}
		List<Example> out = new ArrayList<>();
		for (String line : Files.readAllLines(tweets, StandardCharsets.UTF_8)) {
			String row = line.startsWith("\uFEFF") ? line.substring(1) : line;
			int tab = row.indexOf('\t');
			if (tab >= 0 && label.containsKey(row.substring(0, tab))) {
				String id = row.substring(0, tab);
				out.add(new Example(id, row.substring(tab + 1), label.get(id).equals("OFF") ? 1 : 0));
			}
		}
		return out;
	}

	/**
	 * @return the OLID training file
	 * @throws IOException when it cannot be read
	 */
	public List<Example> olid() throws IOException {
		return olid(olidFile());
	}

	/**
	 * Davidson et al. 2017 (MIT): hate speech (0) and offensive language (1) are
	 * offensive, neither (2) is not.
	 * @return the tweets
	 * @throws IOException when they cannot be read
	 */
	public List<Example> davidson() throws IOException {
		List<List<String>> rows = csv(Files.readString(this.root.resolve("davidson/davidson_train.csv")), ',');
		List<Example> out = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> r = rows.get(i);
			if (r.size() >= 7) {
				out.add(new Example("davidson-" + r.get(0), html(r.get(6)), r.get(5).equals("2") ? 0 : 1));
			}
		}
		return out;
	}

	/**
	 * HateXplain (MIT / CC BY 4.0): hatespeech and offensive are offensive, normal is
	 * not.
	 * @param part {@code train} or {@code val}
	 * @return the posts
	 * @throws IOException when they cannot be read
	 */
	public List<Example> hatexplain(String part) throws IOException {
		String json = Files.readString(this.root.resolve("hatexplain/" + part + ".json"));
		List<String> strings = jsonStrings(json);
		List<Example> out = new ArrayList<>();
		for (int i = 0; i + 1 < strings.size(); i += 2) {
			out.add(new Example("hatexplain-" + part + "-" + (i / 2), strings.get(i),
					strings.get(i + 1).equals("normal") ? 0 : 1));
		}
		return out;
	}

	/**
	 * HatEval 2019 (TweetEval version; research only: evaluation only): hate is 1.
	 * @param part {@code train} or {@code val}
	 * @return the tweets
	 * @throws IOException when they cannot be read
	 */
	public List<Example> hateval(String part) throws IOException {
		List<String> texts = Files.readAllLines(this.root.resolve("hateval2019-tweeteval/" + part + "_text.txt"));
		List<String> labels = Files.readAllLines(this.root.resolve("hateval2019-tweeteval/" + part + "_labels.txt"));
		List<Example> out = new ArrayList<>();
		for (int i = 0; i < Math.min(texts.size(), labels.size()); i++) {
			out.add(new Example("hateval-" + part + "-" + i, texts.get(i), labels.get(i).trim().equals("1") ? 1 : 0));
		}
		return out;
	}

	/**
	 * ETHOS binary (GPL-3.0: evaluation only): hate when at least half the annotators
	 * said so.
	 * @return the comments
	 * @throws IOException when they cannot be read
	 */
	public List<Example> ethos() throws IOException {
		List<List<String>> rows = csv(Files.readString(this.root.resolve("ethos/Ethos_Dataset_Binary.csv")), ';');
		List<Example> out = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> r = rows.get(i);
			if (r.size() >= 2) {
				out.add(new Example("ethos-" + i, r.get(0), Double.parseDouble(r.get(1).trim()) >= 0.5 ? 1 : 0));
			}
		}
		return out;
	}

	/**
	 * Microsoft presidio-research synthetic PII sentences (MIT): names, addresses, phone
	 * numbers and the like in plain, inoffensive sentences; all not offensive.
	 * @return the sentences
	 * @throws IOException when they cannot be read
	 */
	public List<Example> presidio() throws IOException {
		List<String> strings = jsonStrings(Files.readString(this.root.resolve("presidio-synth/synth_dataset_v2.json")));
		List<Example> out = new ArrayList<>();
		for (int i = 0; i + 1 < strings.size(); i++) {
			if (strings.get(i).equals("full_text")) {
				out.add(new Example("presidio-" + out.size(), strings.get(i + 1).replace('\n', ' '), 0));
			}
		}
		return out;
	}

	/**
	 * WNUT-17 emerging entities (CC BY 4.0): social-media sentences annotated for named
	 * entities, not for offence; counted as not offensive (the caller leaves out those
	 * with a swear word, insult or slur).
	 * @param file {@code wnut17train.conll} or {@code emerging.dev.conll}
	 * @return the sentences, their tokens joined by spaces
	 * @throws IOException when they cannot be read
	 */
	public List<Example> wnut17(String file) throws IOException {
		List<Example> out = new ArrayList<>();
		StringBuilder sentence = new StringBuilder();
		for (String line : Files.readAllLines(this.root.resolve("wnut17/" + file), StandardCharsets.UTF_8)) {
			int tab = line.indexOf('\t');
			if (tab <= 0) {
				if (!sentence.isEmpty()) {
					out.add(new Example("wnut-" + file.charAt(0) + out.size(), sentence.toString(), 0));
					sentence.setLength(0);
				}
				continue;
			}
			sentence.append(sentence.isEmpty() ? "" : " ").append(line, 0, tab);
		}
		if (!sentence.isEmpty()) {
			out.add(new Example("wnut-" + file.charAt(0) + out.size(), sentence.toString(), 0));
		}
		return out;
	}

	static List<List<String>> csv(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	static List<String> jsonStrings(String json) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < json.length()) {
			if (json.charAt(i) != '"') {
				i++;
				continue;
			}
			StringBuilder s = new StringBuilder();
			i++;
			while (i < json.length() && json.charAt(i) != '"') {
				char c = json.charAt(i);
				if (c == '\\' && i + 1 < json.length()) {
					char e = json.charAt(++i);
					switch (e) {
						case 'n' -> s.append('\n');
						case 't' -> s.append('\t');
						case 'r' -> s.append('\r');
						case 'b' -> s.append('\b');
						case 'f' -> s.append('\f');
						case 'u' -> {
							s.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
							i += 4;
						}
						default -> s.append(e);
					}
				}
				else {
					s.append(c);
				}
				i++;
			}
			out.add(s.toString());
			i++;
		}
		return out;
	}

	private static String html(String text) {
		return text.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'");
	}

}
