package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Secrets are 256 random bits, safe in a URL, and kept as their SHA-256 hash.
 */
class SecretsTest {

	@Test
	void makesSecretsOf256BitsSafeInAUrl() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String secret = Secrets.create();
			assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
			seen.add(secret);
		}
		assertThat(seen).hasSize(100);
	}

	@Test
	void hashesWithSha256() {
		assertThat(Secrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
