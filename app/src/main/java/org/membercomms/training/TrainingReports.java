package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;

import org.membercomms.system.CouncilSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the report for the Constitution and Members' Development Committee:
 * its figures as they stand today, and the same figures as an accessible PDF (the CSV is
 * {@link TrainingReport#csv()}).
 */
@Service
public class TrainingReports {

	private final TrainingRecords records;

	private final SessionRepository sessions;

	private final CouncilSettings council;

	private final Clock clock;

	TrainingReports(TrainingRecords records, SessionRepository sessions, CouncilSettings council, Clock clock) {
		this.records = records;
		this.sessions = sessions;
		this.council = council;
		this.clock = clock;
	}

	/**
	 * @return the committee report's figures as they stand today
	 */
	@Transactional(readOnly = true)
	public TrainingReport report() {
		return TrainingReport.of(this.records.all().stream().map(TrainingReport.Line::of).toList(),
				this.sessions.attendanceBy(this.clock.instant()));
	}

	/**
	 * @return today's report as an accessible PDF
	 */
	@Transactional(readOnly = true)
	public byte[] pdf() {
		return ReportPdf.render(report(), this.council.name(), LocalDate.now(this.clock));
	}

}
