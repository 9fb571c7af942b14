-- Personal iCalendar feeds of the communications plan (ADR 27). The secret in the feed's
-- address is stored only as its SHA-256 hash, as API tokens are. A person has at most one
-- working feed; revoking or renewing it sets revoked_at.
create table plan_calendar_feed (
    id          uuid primary key,
    owner       varchar(100) not null,
    secret_hash char(64)     not null unique,
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);

create unique index plan_calendar_feed_one_working on plan_calendar_feed (owner) where revoked_at is null;
