/**
 * The communications plan: the Strategic Plan's periods, themes (People, Place, Business)
 * and priorities, edited by Marketing and Communications, and the plan items (campaigns,
 * announcements, consultations, events) that serve them, each taken from idea through
 * approval to publication and evaluation. An item's copy is run through the post checker
 * on submit and approved by someone other than its author; an approval not given by the
 * scheduled time expires. Its pages live in {@code commsplan.web}. Depends on
 * {@code postcheck} (checking copy), {@code audit} and {@code system}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications plan")
package org.membercomms.commsplan;
