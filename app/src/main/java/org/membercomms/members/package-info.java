/**
 * The members directory: the council's elected Members, their wards, political groups,
 * committee seats, council roles, terms of office and social media accounts (and whether
 * each account presents them as a councillor, with the reasons). Democratic Services
 * maintain it, by hand or by CSV import; everyone signed in can read it. Members are
 * retired, never deleted. Higher modules add facts to a Member's page through
 * {@link org.membercomms.members.MemberFacts}. Its pages live in {@code members.web};
 * Members are read and saved with their seats, roles and accounts by
 * {@code MemberRepository}. Depends on {@code system} and {@code audit} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members directory")
package org.membercomms.members;
