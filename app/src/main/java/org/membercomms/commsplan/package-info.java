/**
 * The communications plan. Elections and their pre-election periods: Democratic Services
 * enter each election (polling day, the notice of election that starts the period,
 * whether it is scheduled or a by-election, and the whole council or the wards it
 * covers), change or delete it with an audit entry, or import many from a CSV file, all
 * or nothing. The module tells the post checker which periods bind an author by
 * implementing {@code postcheck.PreElectionPeriods}
 * ({@link org.membercomms.commsplan.ElectionPeriods}): the whole council's, and a
 * Member's own ward's. On the first start the periods of the old
 * {@code membercomms.postcheck.pre-election-periods} setting are copied in once as
 * whole-council elections. The front doors are
 * {@link org.membercomms.commsplan.Elections} and
 * {@link org.membercomms.commsplan.ElectionImport}; the pages live in {@code web}.
 * Depends on {@code postcheck} (the interface and the old setting), {@code members} (the
 * wards an election may name), {@code system} and {@code audit}, and on the checker
 * library.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications plan")
package org.membercomms.commsplan;
