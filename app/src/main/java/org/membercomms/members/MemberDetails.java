package org.membercomms.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What Democratic Services record about a Member, already checked.
 *
 * @param name the Member's name as it appears on council papers
 * @param councilEmail the council email address, in lower case; unique
 * @param ward the ward the Member represents
 * @param politicalGroup the political group, or {@code null} for none
 * @param groupLeader whether the Member leads that group
 * @param committees the committees the Member sits on
 * @param roles the roles the Member holds, in order
 * @param termStarts when the term of office began, if known
 * @param termEnds when it ends, if known
 */
public record MemberDetails(String name, String councilEmail, String ward, String politicalGroup, boolean groupLeader,
		Set<Committee> committees, List<String> roles, LocalDate termStarts, LocalDate termEnds) {
}
