package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/**
 * The application carries the checker library but not its offline training pipeline
 * ({@code checker-training}, ADR 12): fitting the model and reading the labelled data
 * sets happen outside the running application.
 */
class CheckerLibraryTest {

	@Test
	void carriesTheCheckerButNotItsTrainingPipeline() {
		assertThatCode(() -> Class.forName("org.membercomms.checker.PostChecker")).doesNotThrowAnyException();
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.membercomms.checker.fitting.Trainer"));
	}

}
