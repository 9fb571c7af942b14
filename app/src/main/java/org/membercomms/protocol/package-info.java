/**
 * The Social Media Protocol for Members and the Members' Code of Conduct: versioned
 * Markdown documents with stable section keys (the post checker links to the protocol's),
 * drafted by Democratic Services or Marketing and Communications, approved and published
 * by the Monitoring Officer, searchable, printable, and acknowledged by every serving
 * Member. Its pages and the PDF live in {@code protocol.web}. Depends on {@code members}
 * (who must acknowledge), {@code notifications}, {@code audit} and {@code system}, and on
 * the checker's list of protocol sections.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protocol and Code of Conduct")
package org.membercomms.protocol;
