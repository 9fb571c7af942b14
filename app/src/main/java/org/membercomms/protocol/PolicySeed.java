package org.membercomms.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A new installation starts with the council's protocol and Code of Conduct, as written
 * for MemberComms (in {@code resources/policies}), published as version 1. From then on
 * they change only through drafts approved by the Monitoring Officer.
 */
@Component
@Order(10)
class PolicySeed implements ApplicationRunner {

	private final Policies policies;

	PolicySeed(Policies policies) {
		this.policies = policies;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (PolicyDocument document : PolicyDocument.values()) {
			try (InputStream text = new ClassPathResource(document.template()).getInputStream()) {
				this.policies.publishFirstVersion(document, new String(text.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

}
