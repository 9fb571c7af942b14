package org.membercomms.accounts.web;

import java.util.List;

import org.membercomms.accounts.Role;

/**
 * A role's home page: what that person comes to MemberComms to do.
 *
 * @param role the role the page is for
 * @param title the page's heading
 * @param lead one sentence on the role's purpose here
 * @param tasks what the role does in the service
 */
public record HomePage(Role role, String title, String lead, List<String> tasks) {

	static HomePage of(Role role) {
		return switch (role) {
			case MEMBER -> new HomePage(role, "Councillor's home",
					"Check a post before you publish it, and keep your training and acknowledgements up to date.",
					List.of("check a draft post for legal and Code of Conduct risks",
							"read and acknowledge the Social Media Protocol and the Code of Conduct",
							"complete your annual social media training", "read Members' briefings"));
			case COMMS_OFFICER -> new HomePage(role, "Marketing and Communications home",
					"Plan the council's communications and keep Members briefed at the right time.",
					List.of("run the communications plan against the Strategic Plan priorities: People, Place and Business",
							"write and release Members' briefings",
							"keep the Social Media Protocol up to date with Democratic Services",
							"see how Members use the post checker, in figures that identify nobody"));
			case DEMOCRATIC_SERVICES -> new HomePage(role, "Democratic Services home",
					"Support Members: the directory, training, acknowledgements and the scrutiny action plan.",
					List.of("keep the members directory up to date",
							"arrange social media training and follow up who still needs it",
							"track acknowledgements of the protocol and Code",
							"report progress on the scrutiny action plan"));
			case MONITORING_OFFICER -> new HomePage(role, "Monitoring Officer's home",
					"Keep standards of conduct high: the Code, the protocol and complaints.",
					List.of("approve the Social Media Protocol and the Code of Conduct",
							"assess and decide Code of Conduct complaints", "seek the Independent Person's views",
							"approve communications in the pre-election period"));
			case INDEPENDENT_PERSON -> new HomePage(role, "Independent Person's home",
					"Give your views on the complaints the Monitoring Officer asks you to consider.",
					List.of("read the complaints assigned to you", "record your views for the Monitoring Officer"));
			case ADMIN ->
				new HomePage(role, "Administrator's home", "Look after accounts, settings and the audit trail.",
						List.of("open and manage user accounts and their roles", "check the audit trail of changes",
								"manage the service's settings"));
		};
	}

}
