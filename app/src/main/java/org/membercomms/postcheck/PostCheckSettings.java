package org.membercomms.postcheck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.membercomms.checker.PreElectionPeriod;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the post checker runs, bound from {@code membercomms.postcheck.*}.
 *
 * @param preElectionPeriods the council's pre-election periods, from the notice of
 * election to polling day
 * @param apiRequestsPerMinute how many API requests one token may make in a minute
 * @param archiveKeptFor how long an archive scan and its report are kept at most
 * @param maxArchiveBytes the largest archive upload accepted
 * @param scanEvery how often a worker looks for archives waiting to be scanned
 */
@ConfigurationProperties("membercomms.postcheck")
public record PostCheckSettings(List<Period> preElectionPeriods, Integer apiRequestsPerMinute, Duration archiveKeptFor,
		Long maxArchiveBytes, Duration scanEvery) {

	public PostCheckSettings {
		preElectionPeriods = (preElectionPeriods == null) ? List.of() : List.copyOf(preElectionPeriods);
		apiRequestsPerMinute = (apiRequestsPerMinute == null) ? 60 : apiRequestsPerMinute;
		archiveKeptFor = (archiveKeptFor == null) ? Duration.ofDays(7) : archiveKeptFor;
		maxArchiveBytes = (maxArchiveBytes == null) ? 200L * 1024 * 1024 : maxArchiveBytes;
		scanEvery = (scanEvery == null) ? Duration.ofSeconds(2) : scanEvery;
	}

	/**
	 * One pre-election period.
	 *
	 * @param start the day the notice of election is published
	 * @param end polling day
	 */
	public record Period(LocalDate start, LocalDate end) {

		PreElectionPeriod toChecker() {
			return new PreElectionPeriod(this.start, this.end);
		}

	}

	List<PreElectionPeriod> periods() {
		return this.preElectionPeriods.stream().map(Period::toChecker).toList();
	}

}
