package org.membercomms.commsplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement of the elections: {@code election}, its wards in
 * {@code election_ward}, and the one-row record that the old setting was migrated.
 */
@Repository
class ElectionRepository {

	private final JdbcClient jdbc;

	ElectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return every election, the latest polling day first
	 */
	List<Election> findAll() {
		Map<UUID, List<String>> wards = new LinkedHashMap<>();
		this.jdbc.sql("select election_id, ward from election_ward order by ward").query((row, n) -> {
			wards.computeIfAbsent(row.getObject("election_id", UUID.class), id -> new ArrayList<>())
				.add(row.getString("ward"));
			return null;
		}).list();
		return this.jdbc.sql("select id, poll_date, period_start, kind from election order by poll_date desc, id")
			.query((row, n) -> {
				UUID id = row.getObject("id", UUID.class);
				return new Election(id,
						new ElectionDetails(row.getObject("poll_date", LocalDate.class),
								row.getObject("period_start", LocalDate.class),
								ElectionKind.valueOf(row.getString("kind")), wards.getOrDefault(id, List.of())));
			})
			.list();
	}

	Optional<Election> find(UUID id) {
		return findAll().stream().filter(election -> election.id().equals(id)).findFirst();
	}

	void insert(Election election) {
		ElectionDetails details = election.details();
		this.jdbc.sql("insert into election (id, poll_date, period_start, kind) values (:id, :poll, :start, :kind)")
			.param("id", election.id())
			.param("poll", details.pollDate())
			.param("start", details.periodStart())
			.param("kind", details.kind().name())
			.update();
		insertWards(election);
	}

	void update(Election election) {
		ElectionDetails details = election.details();
		this.jdbc.sql("update election set poll_date = :poll, period_start = :start, kind = :kind where id = :id")
			.param("id", election.id())
			.param("poll", details.pollDate())
			.param("start", details.periodStart())
			.param("kind", details.kind().name())
			.update();
		this.jdbc.sql("delete from election_ward where election_id = :id").param("id", election.id()).update();
		insertWards(election);
	}

	private void insertWards(Election election) {
		for (String ward : election.details().wards()) {
			this.jdbc.sql("insert into election_ward (election_id, ward) values (:id, :ward)")
				.param("id", election.id())
				.param("ward", ward)
				.update();
		}
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from election where id = :id").param("id", id).update();
	}

	/**
	 * Records that the old setting's periods are being migrated, unless that already
	 * happened. A second instance starting at the same time waits for the first's
	 * transaction and then finds the row.
	 * @return true when this call recorded it (and so should copy the periods in)
	 */
	boolean markSettingsMigrated(Instant at, int periods) {
		return this.jdbc.sql("""
				insert into election_settings_migration (id, migrated_at, periods) values (true, :at, :periods)
				on conflict (id) do nothing""").param("at", Timestamp.from(at)).param("periods", periods).update() == 1;
	}

}
