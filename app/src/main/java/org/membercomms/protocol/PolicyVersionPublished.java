package org.membercomms.protocol;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new version of a governing document has been approved and published.
 *
 * @param document the document
 * @param versionId the version's id
 * @param number the version's number
 * @param effectiveFrom the day it comes into force
 */
public record PolicyVersionPublished(PolicyDocument document, UUID versionId, int number, LocalDate effectiveFrom) {
}
