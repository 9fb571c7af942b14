-- The 30-second time step of the last one-time code accepted for the account (RFC 6238
-- section 5.2: a code accepted once is never accepted again). Null until a code is used;
-- cleared with the key when the second factor is set up again or removed.
alter table account add column totp_last_step bigint;
