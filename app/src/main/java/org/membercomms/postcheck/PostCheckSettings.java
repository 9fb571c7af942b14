package org.membercomms.postcheck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.membercomms.checker.PreElectionPeriod;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the post checker runs, bound from {@code membercomms.postcheck.*}.
 *
 * @param preElectionPeriods the council's pre-election periods, from the notice of
 * election to polling day
 * @param apiRequestsPerMinute how many API requests one token may make in a minute
 * @param archiveKeptFor how long an archive scan and its report are kept at most
 * @param archiveLimit the largest archive upload accepted (also the largest file any form
 * takes: {@code spring.servlet.multipart.*} are set from it)
 * @param scanEvery how often a worker looks for archives waiting to be scanned
 */
@ConfigurationProperties("membercomms.postcheck")
public record PostCheckSettings(List<Period> preElectionPeriods, Integer apiRequestsPerMinute, Duration archiveKeptFor,
		DataSize archiveLimit, Duration scanEvery) {

	public PostCheckSettings {
		preElectionPeriods = (preElectionPeriods == null) ? List.of() : List.copyOf(preElectionPeriods);
		apiRequestsPerMinute = (apiRequestsPerMinute == null) ? 60 : apiRequestsPerMinute;
		archiveKeptFor = (archiveKeptFor == null) ? Duration.ofDays(7) : archiveKeptFor;
		archiveLimit = (archiveLimit == null) ? DataSize.ofMegabytes(50) : archiveLimit;
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
