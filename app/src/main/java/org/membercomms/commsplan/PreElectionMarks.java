package org.membercomms.commsplan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What people have said about a plan item for the pre-election period.
 *
 * @param controversialByAuthor the author marked it as controversial
 * @param controversialByMonitoringOfficer the Monitoring Officer marked it as
 * controversial
 * @param publicSafety the author marked it as public safety or emergency information,
 * which keeps its exception
 */
public record PreElectionMarks(boolean controversialByAuthor, boolean controversialByMonitoringOfficer,
		boolean publicSafety) {

	/** Nothing marked. */
	public static final PreElectionMarks NONE = new PreElectionMarks(false, false, false);

	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("controversial (author)", this.controversialByAuthor);
		view.put("controversial (Monitoring Officer)", this.controversialByMonitoringOfficer);
		view.put("public safety or emergency information", this.publicSafety);
		return view;
	}

}
