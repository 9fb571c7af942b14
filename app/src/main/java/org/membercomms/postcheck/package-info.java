/**
 * The post checker in the application: the "Think before you post" page at
 * {@code /check}, the REST API at {@code /api/v1/checks} with personal API tokens, limits
 * of checks a minute per person on the page and per token on the API counted in
 * PostgreSQL (a post by its size, a batch by its posts), the background review of a
 * Member's past posts from an uploaded archive, and aggregate statistics for the
 * communications team and Democratic Services. Drafts belong to their author: a check is
 * stored as its date, verdict and category ids, with its text only when the author ticks
 * "keep my history", and only the author sees their own checks. This package is the
 * module's API: the front doors ({@link org.membercomms.postcheck.PostChecks},
 * {@code CheckStatistics}, {@code ApiTokens}, {@code RateLimit}), their records and their
 * repositories. The pages live in {@code web}, the REST API and its token security in
 * {@code api}, and the whole archive review (page, scans, worker, reader and its
 * repository) in {@code archive}; all three use this package and nothing here uses them.
 * The pre-election periods come from whichever modules implement
 * {@link org.membercomms.postcheck.PreElectionPeriods} (the communications plan's
 * elections): the whole council's, and those of the author's ward when they are a Member.
 * Depends on {@code members} (a Member's committees and ward), {@code accounts} (whether
 * a token's owner may still act, with which roles), {@code system} and {@code audit}, and
 * on the checker library.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Post checker")
package org.membercomms.postcheck;
