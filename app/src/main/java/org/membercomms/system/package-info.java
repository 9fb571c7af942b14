/**
 * What every other module stands on: the page layout and its data
 * ({@link org.membercomms.system.Page}), the council's settings, the one Europe/London
 * {@link java.time.Clock}, the scheduling of background jobs (the general scheduler's
 * threads, and the locks that run each job on one instance: ADR 22), the embedded
 * PostgreSQL used when no external database is configured, the Content-Security-Policy,
 * the public pages (start, accessibility statement, privacy notice, cookies), the error
 * pages and accessible PDF rendering ({@link org.membercomms.system.AccessiblePdf}). It
 * depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.membercomms.system;
