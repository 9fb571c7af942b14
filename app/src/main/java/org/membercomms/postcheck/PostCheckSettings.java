package org.membercomms.postcheck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the post checker runs, bound from {@code membercomms.postcheck.*}.
 *
 * @param preElectionPeriods the pre-election periods of the old setting, from the notice
 * of election to polling day: read once, on the first start, when the communications plan
 * copies them in as whole-council elections (ADR 26); the checker no longer reads them
 * @param apiRequestsPerMinute how many checks one API token may make in a minute: a
 * request counts one before its body is read, and then as many as its posts use (see
 * {@code charactersPerCheck})
 * @param archiveKeptFor how long an archive scan and its report are kept at most
 * @param archiveLimit the largest archive upload accepted (also the largest file any form
 * takes: {@code spring.servlet.multipart.*} are set from it)
 * @param scanEvery how often a worker looks for archives waiting to be scanned
 * @param pageChecksPerMinute how many checks one person may make in a minute on the page
 * @param charactersPerCheck a post uses one check from an allowance for each of these
 * characters it has, or part of them, so that a long post counts for more than a short
 * one
 * @param batchMaxPosts the most posts one API batch may hold
 * @param batchMaxCharacters the most text, in characters, one API batch may hold in all
 * @param maxApiBodyBytes the largest API request body read, refused before it is parsed
 */
@ConfigurationProperties("membercomms.postcheck")
public record PostCheckSettings(List<Period> preElectionPeriods, Integer apiRequestsPerMinute, Duration archiveKeptFor,
		DataSize archiveLimit, Duration scanEvery, Integer pageChecksPerMinute, Integer charactersPerCheck,
		Integer batchMaxPosts, Integer batchMaxCharacters, Long maxApiBodyBytes) {

	public PostCheckSettings {
		preElectionPeriods = (preElectionPeriods == null) ? List.of() : List.copyOf(preElectionPeriods);
		apiRequestsPerMinute = (apiRequestsPerMinute == null) ? 60 : apiRequestsPerMinute;
		archiveKeptFor = (archiveKeptFor == null) ? Duration.ofDays(7) : archiveKeptFor;
		archiveLimit = (archiveLimit == null) ? DataSize.ofMegabytes(50) : archiveLimit;
		scanEvery = (scanEvery == null) ? Duration.ofSeconds(2) : scanEvery;
		pageChecksPerMinute = (pageChecksPerMinute == null) ? 60 : pageChecksPerMinute;
		charactersPerCheck = (charactersPerCheck == null) ? 10_000 : charactersPerCheck;
		batchMaxPosts = (batchMaxPosts == null) ? 50 : batchMaxPosts;
		batchMaxCharacters = (batchMaxCharacters == null) ? 100_000 : batchMaxCharacters;
		maxApiBodyBytes = (maxApiBodyBytes == null) ? 512L * 1024 : maxApiBodyBytes;
	}

	/**
	 * One pre-election period.
	 *
	 * @param start the day the notice of election is published
	 * @param end polling day
	 */
	public record Period(LocalDate start, LocalDate end) {

	}

}
