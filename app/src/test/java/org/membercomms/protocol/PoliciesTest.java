package org.membercomms.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.checker.ProtocolSection;
import org.membercomms.members.MemberDetails;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

@MemberCommsTest
@DirtiesContext
class PoliciesTest {

	@Autowired
	Policies policies;

	@Autowired
	PolicySearch search;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	Members members;

	@Autowired
	Clock clock;

	@Test
	void publishesTheCouncilsProtocolWithASectionForEveryCheckerKey() {
		PolicyVersion protocol = this.policies.inForce(PolicyDocument.PROTOCOL).orElseThrow();
		List<String> keys = protocol.contents().stream().map(java.util.Map.Entry::getKey).toList();
		assertThat(keys).containsAll(Arrays.stream(ProtocolSection.values()).map(ProtocolSection::key).toList())
			.contains("worked-examples", "dos-and-donts", "handling-abuse", "when-the-code-applies");
		assertThat(protocol.html()).contains("id=\"data-protection\"");
		PolicyVersion code = this.policies.inForce(PolicyDocument.CODE_OF_CONDUCT).orElseThrow();
		assertThat(code.contents().stream().map(java.util.Map.Entry::getKey)).contains("respect", "social-media",
				"complying");
	}

	@Test
	void everyWorkedExampleNamesItsCodeParagraphItsLawAndWhatWouldBeFine() {
		String body = this.policies.inForce(PolicyDocument.PROTOCOL).orElseThrow().body();
		String examples = body.substring(body.indexOf("{#worked-examples}"));
		examples = examples.substring(0, examples.indexOf("\n## "));
		String[] each = examples.split("\n### ");
		assertThat(each.length - 1).isGreaterThanOrEqualTo(8);
		for (int i = 1; i < each.length; i++) {
			assertThat(each[i]).as(each[i].lines().findFirst().orElse(""))
				.contains("/code-of-conduct#")
				.containsIgnoringCase("law")
				.containsIgnoringCase("instead");
		}
	}

	@Test
	void findsTheDataProtectionSectionForPhotographPermission() {
		assertThat(this.search.search("photograph permission")).first().satisfies(result -> {
			assertThat(result.key()).isEqualTo("data-protection");
			assertThat(result.excerptHtml()).contains("<mark>");
		});
	}

	@Test
	@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
	void refusesToSendForApprovalAVersionMissingACheckerSectionNamingTheKey() {
		int draft = this.policies.startDraft(PolicyDocument.PROTOCOL);
		String body = this.policies.version(PolicyDocument.PROTOCOL, draft).body();
		String withoutCopyright = body.replace("{#copyright}", "");
		this.policies.saveDraft(PolicyDocument.PROTOCOL, draft, withoutCopyright, "Loses a key");

		List<String> problems = this.policies.submit(PolicyDocument.PROTOCOL, draft);

		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("copyright"));
		assertThat(this.policies.version(PolicyDocument.PROTOCOL, draft).status()).isEqualTo(VersionStatus.DRAFT);
		this.policies.saveDraft(PolicyDocument.PROTOCOL, draft, body, "Keeps every key");
		assertThat(this.policies.submit(PolicyDocument.PROTOCOL, draft)).isEmpty();
		assertThatThrownBy(() -> this.policies.saveDraft(PolicyDocument.PROTOCOL, draft, body, "x"))
			.isInstanceOf(VersionNotAllowed.class);
	}

	@Test
	@WithMockUser(username = "monitoring", roles = "MONITORING_OFFICER")
	void asksEveryServingMemberToAcknowledgeANewVersion() {
		MemberId member = this.members.enrol(new MemberDetails("Cllr Acknowledging", "ack.policies@example.org",
				"Central", null, false, Set.of(), List.of(), null, null));
		PolicyVersion first = this.policies.inForce(PolicyDocument.CODE_OF_CONDUCT).orElseThrow();
		this.acknowledgements.acknowledge(first, member);
		assertThat(this.acknowledgements.outstandingFor(member)).extracting(PolicyVersion::document)
			.doesNotContain(PolicyDocument.CODE_OF_CONDUCT);

		int next = this.policies.startDraft(PolicyDocument.CODE_OF_CONDUCT);
		String body = this.policies.version(PolicyDocument.CODE_OF_CONDUCT, next).body();
		this.policies.saveDraft(PolicyDocument.CODE_OF_CONDUCT, next, body + "\nA new closing line.\n",
				"Adds a closing line");
		assertThat(this.policies.submit(PolicyDocument.CODE_OF_CONDUCT, next)).isEmpty();
		assertThat(this.policies.approve(PolicyDocument.CODE_OF_CONDUCT, next, LocalDate.now(this.clock))).isEmpty();

		assertThat(this.acknowledgements.outstandingFor(member)).extracting(PolicyVersion::number).contains(next);
		PolicyVersion published = this.policies.version(PolicyDocument.CODE_OF_CONDUCT, next);
		assertThat(this.acknowledgements.statusOf(published))
			.anySatisfy(status -> assertThat(status.member().memberId()).isEqualTo(member));
		this.acknowledgements.acknowledge(published, member);
		assertThat(this.acknowledgements.outstandingFor(member)).extracting(PolicyVersion::document)
			.doesNotContain(PolicyDocument.CODE_OF_CONDUCT);

		VersionChanges changes = VersionChanges.between(first, published);
		assertThat(changes.changes()).singleElement()
			.satisfies(change -> assertThat(change.added()).containsExactly("A new closing line."));
	}

}
