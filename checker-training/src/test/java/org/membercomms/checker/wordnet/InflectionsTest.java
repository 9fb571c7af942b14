package org.membercomms.checker.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

	@Test
	void pluralsFollowTheSpellingRules() {
		assertThat(Inflections.plural("vulture")).isEqualTo("vultures");
		assertThat(Inflections.plural("leech")).isEqualTo("leeches");
		assertThat(Inflections.plural("fox")).isEqualTo("foxes");
		assertThat(Inflections.plural("bully")).isEqualTo("bullies");
		assertThat(Inflections.plural("monkey")).isEqualTo("monkeys");
	}

	@Test
	void verbFormsFollowTheSpellingRules() {
		assertThat(Inflections.past("slaughter")).isEqualTo("slaughtered");
		assertThat(Inflections.past("strangle")).isEqualTo("strangled");
		assertThat(Inflections.past("bully")).isEqualTo("bullied");
		assertThat(Inflections.participle("strangle")).isEqualTo("strangling");
		assertThat(Inflections.participle("die")).isEqualTo("dying");
		assertThat(Inflections.participle("flee")).isEqualTo("fleeing");
		assertThat(Inflections.participle("maim")).isEqualTo("maiming");
	}

}
