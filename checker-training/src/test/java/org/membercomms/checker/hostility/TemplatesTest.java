package org.membercomms.checker.hostility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.membercomms.checker.hostility.Templates.Case;
import org.membercomms.checker.hostility.Templates.Template;
import org.membercomms.checker.rules.Hostility;

/**
 * Templates and posts as the fitting reads them: expanded over their targets as the suite
 * expands them, and given the class their expected categories name.
 */
class TemplatesTest {

	private static Template template(String expected, String text) {
		List<String> categories = expected.equals("NONE") ? List.of() : List.of(expected.split(","));
		return new Template("t.tsv", "x01-t01", "f", "tuning", categories, text);
	}

	@Test
	void expandsEveryTargetOfTheKindCapitalisedWhereASentenceStarts(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("targets.tsv"),
				"kind\tvalue\ngroup\tMuslims\ngroup\tolder people\n" + "person\tthe planning officer\n");
		Templates templates = Templates.in(dir);
		assertThat(templates.expand(template("NONE", "{group} meet here. Ask {group}."))).extracting(Case::text)
			.containsExactly("Muslims meet here. Ask Muslims.", "Older people meet here. Ask older people.");
		assertThat(templates.expand(template("NONE", "No target here."))).extracting(Case::text)
			.containsExactly("No target here.");
	}

	@Test
	void givesEachTemplateTheClassItsExpectedCategoriesName() {
		assertThat(template("NONE", "x").hostility()).isEqualTo(Hostility.NONE);
		assertThat(template("INCITEMENT,DISCRIMINATION", "x").hostility()).isEqualTo(Hostility.CONTEMPT_FOR_GROUP);
		assertThat(template("DEFAMATION", "x").hostility()).isEqualTo(Hostility.ALLEGATION);
		assertThat(template("DISRESPECT,HARASSMENT", "x").hostility()).isEqualTo(Hostility.ABUSE);
		assertThat(template("INCITEMENT", "x").hostility()).isEqualTo(Hostility.DAMAGE);
		assertThat(template("HARASSMENT,MALICIOUS_COMMUNICATION", "x").hostility()).isEqualTo(Hostility.THREAT);
	}

	@Test
	void readsPostsKeepingOnlyTheCategoriesTheReadingReports(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("posts.tsv");
		Files.writeString(file, "id\texpected\ttext\na1\tDATA_PROTECTION\tMr X lives at 4 Mill Lane.\n"
				+ "a2\tDEFAMATION,DISRESPECT\tShe is a crook.\na3\tMALICIOUS_COMMUNICATION,DISRESPECT\tSwearing.\n"
				+ "a4\tNONE\tLovely day.\n");
		List<Template> posts = Templates.readPosts(file);
		assertThat(posts).extracting(Template::id).containsExactly("a1", "a2", "a4");
		assertThat(posts).extracting(Template::hostility)
			.containsExactly(Hostility.NONE, Hostility.ALLEGATION, Hostility.NONE);
	}

}
