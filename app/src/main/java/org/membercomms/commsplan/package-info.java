/**
 * The communications plan. The Strategic Plan's periods, themes (People, Place, Business)
 * and priorities, edited by Marketing and Communications ({@code StrategicPlan}), and the
 * plan items (campaigns, announcements, consultations, events) that serve them, each
 * taken from idea through approval to publication and evaluation ({@code PlanItems}): an
 * item's copy is run through the post checker on submit and approved by someone other
 * than its author, and an approval not given by the scheduled time expires. The plan's
 * coverage of the priorities: items planned and published per priority per financial
 * quarter, with the priorities nothing serves ({@code CoverageReport}). Elections and
 * their pre-election periods, which Democratic Services enter or import from CSV
 * ({@link org.membercomms.commsplan.Elections},
 * {@link org.membercomms.commsplan.ElectionImport}); the module tells the post checker
 * which periods bind an author by implementing {@code postcheck.PreElectionPeriods}
 * ({@link org.membercomms.commsplan.ElectionPeriods}: the whole council's, and a Member's
 * own ward's), and on the first start copies in, once, the periods of the old
 * {@code membercomms.postcheck.pre-election-periods} setting. Publishing an item raises
 * {@code PlanItemPublished}. The items on a calendar, and a personal iCalendar feed at a
 * secret address that its owner creates, renews and revokes ({@code CalendarFeeds}; only
 * the secret's hash is kept). Pages live in {@code web}. Depends on {@code postcheck}
 * (checking copy, the periods interface and the old setting), {@code members} (the wards
 * an election may name), {@code accounts} (whether a feed's owner may still read the
 * plan), {@code audit} and {@code system}, and on the checker library.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications plan")
package org.membercomms.commsplan;
