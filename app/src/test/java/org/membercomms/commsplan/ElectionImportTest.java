package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Democratic Services import elections from a CSV file, all of it or none.
 */
@MemberCommsTest
@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
class ElectionImportTest {

	@Autowired
	ElectionImport imports;

	@Autowired
	Elections elections;

	@Autowired
	AuditQueries audit;

	@Test
	void importsEveryLineOfAGoodFileWithAnAuditEntryEach() {
		String csv = """
				poll_date,period_start,area,wards,kind
				2034-05-04,2034-03-27,whole council,,scheduled
				2034-09-14,2034-08-10,wards,acklam;Marton East,by-election
				""";

		ElectionImport.Outcome outcome = this.imports.importFile(csv);

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.entered()).isEqualTo(2);
		List<Election> imported = this.elections.all()
			.stream()
			.filter(election -> election.details().pollDate().getYear() == 2034)
			.toList();
		assertThat(imported).extracting(election -> election.details().area())
			.containsExactly("Acklam, Marton East", "Whole council");
		assertThat(imported.get(0).details().kind()).isEqualTo(ElectionKind.BY_ELECTION);
		for (Election election : imported) {
			assertThat(this.audit.search(new AuditSearch(null, "election", election.id().toString(), null, null, 1)))
				.extracting(entry -> entry.action())
				.containsExactly("created by import");
			this.elections.delete(election.id());
		}
	}

	@Test
	void importsNothingWhenOneLineIsBadAndNamesTheLineAndColumn() {
		String csv = """
				poll_date,period_start,area,wards,kind
				2035-05-03,2035-03-26,whole council,,scheduled
				2035-05-03,2035-05-10,whole council,,scheduled
				2035-07-01,2035-06-01,wards,,by-election
				2035-07-01,2035-06-01,wards,Atlantis,by-election
				""";

		ElectionImport.Outcome outcome = this.imports.importFile(csv);

		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).extracting(ElectionImport.Problem::line, ElectionImport.Problem::column)
			.containsExactly(tuple(3L, "period_start"), tuple(4L, "wards"), tuple(5L, "wards"));
		assertThat(outcome.problems().get(2).message()).contains("Atlantis");
		assertThat(this.elections.all()).noneMatch(election -> election.details().pollDate().getYear() == 2035);
	}

	@Test
	void refusesAFileWithAnUnknownColumn() {
		ElectionImport.Outcome outcome = this.imports.importFile("poll_date,period_start,area,kind,notes\n");

		assertThat(outcome.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.column()).isEqualTo("notes"));
	}

}
