package org.membercomms.postcheck.archive;

import java.io.IOException;

import org.springframework.context.ApplicationContext;

/**
 * Lets tests outside this package (the post checker's browser journey) upload the sample
 * archives and run a waiting scan at once instead of waiting for the schedule.
 */
public final class ArchiveScanTestSupport {

	private final ArchiveScanWorker worker;

	public ArchiveScanTestSupport(ApplicationContext context) {
		this.worker = context.getBean(ArchiveScanWorker.class);
	}

	/**
	 * Claims and runs one waiting scan.
	 * @return whether there was one to run
	 */
	public boolean scanNext() {
		return this.worker.scanNext();
	}

	/**
	 * @param name a file in {@code src/test/resources/postcheck/archives}
	 * @return its bytes
	 */
	public static byte[] sample(String name) throws IOException {
		return ArchiveReaderTest.sample(name);
	}

}
