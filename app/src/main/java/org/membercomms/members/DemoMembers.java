package org.membercomms.members;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo profile's members directory: fictional councillors, for trying MemberComms
 * out. Every name is invented; the wards follow the pattern of a unitary council's.
 */
@Component
@Profile("demo")
@Order(20)
class DemoMembers implements ApplicationRunner {

	private static final LocalDate TERM_STARTS = LocalDate.of(2023, 5, 8);

	private static final LocalDate TERM_ENDS = LocalDate.of(2027, 5, 10);

	private final Members members;

	DemoMembers(Members members) {
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.members.directory(true).isEmpty()) {
			return;
		}
		var demo = new UsernamePasswordAuthenticationToken("demo-data", null, AuthorityUtils.NO_AUTHORITIES);
		SecurityContextHolder.getContext().setAuthentication(demo);
		try {
			for (MemberDetails details : demoMembers()) {
				MemberId id = this.members.enrol(details);
				if (details.councilEmail().startsWith("rowan.fenwick")) {
					this.members.addSocialAccount(id, Platform.FACEBOOK, "CllrRowanFenwick", EnumSet
						.of(CouncillorPresentation.BIO_SAYS_COUNCILLOR, CouncillorPresentation.COUNCIL_BUSINESS));
					this.members.addSocialAccount(id, Platform.INSTAGRAM, "@rowan.walks.dogs", Set.of());
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static List<MemberDetails> demoMembers() {
		return List.of(
				member("Cllr Rowan Fenwick", "rowan.fenwick", "Central", "Riverside Independents", true,
						EnumSet.of(Committee.PLANNING), List.of("Chair of Planning Committee")),
				member("Cllr Imogen Thackeray", "imogen.thackeray", "Acklam", "Progressive Alliance", false,
						EnumSet.of(Committee.LICENSING, Committee.STANDARDS), List.of()),
				member("Cllr Desmond Oyelaran", "desmond.oyelaran", "Linthorpe", "Progressive Alliance", true,
						EnumSet.noneOf(Committee.class), List.of("Executive Member for Environment")),
				member("Cllr Harriet Vance-Pollard", "harriet.vance-pollard", "Park End and Beckfield",
						"Civic Reform Group", true, EnumSet.of(Committee.OVERVIEW_AND_SCRUTINY),
						List.of("Chair of Overview and Scrutiny Board")),
				member("Cllr Tobias Quarrie", "tobias.quarrie", "Marton East", "Civic Reform Group", false,
						EnumSet.of(Committee.AUDIT, Committee.PLANNING), List.of()),
				member("Cllr Nadia Kellaway", "nadia.kellaway", "Berwick Hills and Pallister", null, false,
						EnumSet.of(Committee.CONSTITUTION_AND_MEMBERS_DEVELOPMENT, Committee.LICENSING), List.of()));
	}

	private static MemberDetails member(String name, String email, String ward, String group, boolean leader,
			Set<Committee> committees, List<String> roles) {
		return new MemberDetails(name, email + "@example.org", ward, group, leader, committees, roles, TERM_STARTS,
				TERM_ENDS);
	}

}
