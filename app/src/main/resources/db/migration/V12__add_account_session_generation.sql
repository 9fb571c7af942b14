-- Raised when an account is disabled or its password is set: sessions signed in under an
-- earlier value end at their next request, so switching an account on again does not revive
-- them and a new password signs out whoever used the old one.
alter table account add column session_generation integer not null default 0;
