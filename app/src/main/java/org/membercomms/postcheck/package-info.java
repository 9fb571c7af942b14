/**
 * The post checker in the application: the "Think before you post" page at
 * {@code /check}, the REST API at {@code /api/v1/checks} with personal API tokens and a
 * per-token rate limit counted in PostgreSQL, the background review of a Member's past
 * posts from an uploaded archive, and aggregate statistics for the communications team
 * and Democratic Services. Drafts belong to their author: a check is stored as its date,
 * verdict and category ids, with its text only when the author ticks "keep my history",
 * and only the author sees their own checks. Depends on {@code members} (a Member's
 * committees), {@code accounts} (whether a token's owner may still act, with which
 * roles), {@code system} and {@code audit}, and on the checker library.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Post checker")
package org.membercomms.postcheck;
