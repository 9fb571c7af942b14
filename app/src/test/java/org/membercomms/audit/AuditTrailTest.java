package org.membercomms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@MemberCommsTest
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditQueries queries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "priya")
	void recordsWhoChangedWhatInsideTheChangesTransaction() {
		String id = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult(status -> this.trail.record("member", id, "updated",
				List.of(FieldChange.of("ward", "Central", "Park End"), FieldChange.secret("password"))));

		List<AuditEntry> found = this.queries.search(new AuditSearch("priya", "member", id, null, null, 1));
		assertThat(found).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("priya");
			assertThat(entry.action()).isEqualTo("updated");
			assertThat(entry.changes()).containsExactly(FieldChange.of("ward", "Central", "Park End"),
					FieldChange.secret("password"));
		});
	}

	@Test
	void rollsBackWithTheChange() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.trail.record("member", id, "created", List.of());
			throw new IllegalStateException("the change failed");
		})).hasMessage("the change failed");
		assertThat(this.queries.search(new AuditSearch(null, "member", id, null, null, 1))).isEmpty();
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		assertThatThrownBy(() -> this.trail.record("member", "x", "created", List.of()))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void neverLetsAnEntryBeChangedOrRemoved() {
		this.transactions.executeWithoutResult(status -> this.trail.record("member", "y", "created", List.of()));
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'someone else'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void letsAnAdministratorFilterTheTrail() throws Exception {
		this.transactions.executeWithoutResult(status -> this.trail.record("member", "filter-me", "retired",
				List.of(FieldChange.of("retired", "no", "yes"))));
		this.mvc.perform(get("/audit").param("recordId", "filter-me"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("retired")));
		this.mvc.perform(get("/audit").param("from", "not a date"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enter a real date")));
	}

	@Test
	@WithMockUser(username = "member", roles = "MEMBER")
	void keepsTheTrailFromEveryoneElse() throws Exception {
		this.mvc.perform(get("/audit")).andExpect(status().isForbidden());
	}

}
