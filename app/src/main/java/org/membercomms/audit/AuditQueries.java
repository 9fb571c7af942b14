package org.membercomms.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail.
 */
@Service
public class AuditQueries {

	private final AuditRepository trail;

	AuditQueries(AuditRepository trail) {
		this.trail = trail;
	}

	/**
	 * @param search the filters
	 * @return one page of matching entries, newest first, and one more if there is a next
	 * page
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditSearch search) {
		return this.trail.search(search);
	}

	/**
	 * @return the kinds of record in the trail, for the filter
	 */
	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return this.trail.recordTypes();
	}

}
