package org.membercomms.checker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

	@Test
	void keepsTheMoreSeriousVerdict() {
		assertThat(Verdict.CLEAR.orWorse(Verdict.CAUTION)).isEqualTo(Verdict.CAUTION);
		assertThat(Verdict.HIGH_RISK.orWorse(Verdict.CAUTION)).isEqualTo(Verdict.HIGH_RISK);
		assertThat(Verdict.CLEAR.orWorse(Verdict.CLEAR)).isEqualTo(Verdict.CLEAR);
	}

}
