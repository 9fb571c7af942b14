package org.membercomms.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@MemberCommsTest
class MemberRepositoryTest {

	@Autowired
	MemberRepository repository;

	@Test
	void savesAMemberWithTheirSeatsRolesAndAccountsTogether() {
		Member member = Member.enrol(new MemberDetails("Cllr Repository Example", "repository.example@example.org",
				"Hemlington", "Independent", true, EnumSet.of(Committee.PLANNING, Committee.LICENSING),
				List.of("Chair of Planning", "Deputy Chair of Licensing"), LocalDate.of(2023, 5, 8), null));
		member.addSocialAccount(new SocialAccount(Platform.FACEBOOK, "CllrRepository", true, ""));
		member.addSocialAccount(new SocialAccount(Platform.INSTAGRAM, "@repository.example", false, ""));
		this.repository.save(member);

		Member read = this.repository.findByCouncilEmail("repository.example@example.org").orElseThrow();
		assertThat(read.memberId()).isEqualTo(member.memberId());
		assertThat(read.committees()).containsExactlyInAnyOrder(Committee.PLANNING, Committee.LICENSING);
		assertThat(read.roles()).containsExactly("Chair of Planning", "Deputy Chair of Licensing");
		assertThat(read.socialAccounts()).extracting(SocialAccount::handle)
			.containsExactly("CllrRepository", "@repository.example");
		assertThat(read.auditView()).isEqualTo(member.auditView());

		read.removeSocialAccount(0);
		this.repository.save(read);
		assertThat(this.repository.findById(member.memberId().value()).orElseThrow().socialAccounts())
			.extracting(SocialAccount::handle)
			.containsExactly("@repository.example");
	}

	@Test
	void refusesToSaveAMemberChangedSinceItWasRead() {
		Member member = Member.enrol(new MemberDetails("Cllr Two Editors", "two.editors@example.org", "Central", null,
				false, Set.of(), List.of(), null, null));
		this.repository.save(member);
		Member first = this.repository.findById(member.memberId().value()).orElseThrow();
		Member second = this.repository.findById(member.memberId().value()).orElseThrow();
		first.retire(LocalDate.of(2026, 12, 1), "Resigned");
		this.repository.save(first);

		second.addSocialAccount(new SocialAccount(Platform.X, "@two.editors", false, ""));
		assertThatThrownBy(() -> this.repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.repository.findById(member.memberId().value()).orElseThrow().socialAccounts()).isEmpty();
	}

}
