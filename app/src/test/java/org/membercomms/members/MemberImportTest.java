package org.membercomms.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;
import org.membercomms.members.ImportPlan.Outcome;
import org.membercomms.members.ImportPlan.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MemberCommsTest
@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
class MemberImportTest {

	@Autowired
	MemberImport imports;

	@Autowired
	Members members;

	@Autowired
	AuditQueries audit;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private String email(String name) {
		return name + "." + this.tag + "@example.org";
	}

	@Test
	void importsNothingWhenOneRowIsBadAndNamesTheLineAndColumn() {
		String csv = """
				name,council_email,ward,committees,term_starts
				Cllr One,%s,Central,Planning,2023-05-08
				Cllr Two,%s,Acklam,Bowls Club,2023-05-08
				Cllr Three,%s,Linthorpe,,08/05/2023
				""".formatted(email("one"), email("two"), email("three"));

		ImportPlan done = this.imports.apply(csv);

		assertThat(done.importable()).isFalse();
		assertThat(done.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("committees");
			assertThat(problem.message()).contains("Bowls Club");
		});
		assertThat(this.members.findByCouncilEmail(email("one"))).isEmpty();
		assertThat(this.members.findByCouncilEmail(email("three"))).isEmpty();
	}

	@Test
	void importsEveryRowOfAGoodFileAndAuditsOnlyTheChangedMembers() {
		String first = """
				name,council_email,ward,political_group,group_leader,committees,roles,term_starts,term_ends
				Cllr Alpha,%s,Central,Riverside Independents,yes,Planning;Licensing,Chair of Planning,2023-05-08,2027-05-10
				Cllr Beta,%s,Acklam,,no,,,,
				"""
			.formatted(email("alpha"), email("beta"));
		ImportPlan created = this.imports.apply(first);
		assertThat(created.count(Outcome.NEW)).isEqualTo(2);
		MemberId alpha = this.members.findByCouncilEmail(email("alpha")).orElseThrow();
		MemberId beta = this.members.findByCouncilEmail(email("beta")).orElseThrow();
		assertThat(this.members.get(alpha).committees()).containsExactly(Committee.PLANNING, Committee.LICENSING);
		assertThat(this.members.get(alpha).roles()).containsExactly("Chair of Planning");

		String second = """
				council_email,name,ward
				%s,Cllr Alpha,Park End
				%s,Cllr Beta,Acklam
				%s,Cllr Gamma,Marton
				""".formatted(email("alpha"), email("beta"), email("gamma"));
		ImportPlan plan = this.imports.plan(second);
		assertThat(plan.rows()).extracting(ImportPlan.Row::outcome)
			.containsExactly(Outcome.CHANGED, Outcome.UNCHANGED, Outcome.NEW);
		this.imports.apply(second);

		assertThat(this.members.get(alpha).ward()).isEqualTo("Park End");
		assertThat(entriesFor(alpha)).isEqualTo(2); // created, then updated
		assertThat(entriesFor(beta)).isEqualTo(1); // created only: the unchanged row
													// wrote nothing
		assertThat(entriesFor(this.members.findByCouncilEmail(email("gamma")).orElseThrow())).isEqualTo(1);
	}

	@Test
	void listsEveryProblemInTheFile() {
		String csv = """
				name,council_email,ward,favourite_colour
				,nobody,Central,blue
				""";
		ImportPlan plan = this.imports.plan(csv);
		assertThat(plan.problems()).extracting(Problem::line, Problem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "favourite_colour"));

		String rows = """
				name,council_email,ward
				,nobody,Central
				Cllr Twice,%s,Central
				Cllr Twice Again,%s,Central
				""".formatted(email("twice"), email("twice"));
		assertThat(this.imports.plan(rows).problems()).extracting(Problem::line, Problem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "name"),
					org.assertj.core.groups.Tuple.tuple(2L, "council_email"),
					org.assertj.core.groups.Tuple.tuple(4L, "council_email"));
	}

	@Test
	void readsAFileSavedByExcelWithAByteOrderMark() {
		String csv = "\uFEFFname,council_email,ward\r\nCllr Excel," + email("excel") + ",Central\r\n";
		assertThat(this.imports.plan(csv).importable()).isTrue();
	}

	private int entriesFor(MemberId id) {
		return this.audit.search(new AuditSearch(null, "member", id.toString(), null, null, 1)).size();
	}

}
