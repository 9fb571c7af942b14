-- The post checker in the application. Draft text is kept only when its author asked for it
-- (keep_history); otherwise a check is its date, verdict and category ids.
create table post_check (
    id          uuid primary key,
    owner       varchar(100) not null,
    member_id   uuid,
    checked_at  timestamptz  not null,
    checked_on  date         not null,
    via         varchar(10)  not null,
    verdict     varchar(20)  not null,
    categories  varchar(400) not null,
    text        text
);
create index post_check_by_owner on post_check (owner, checked_at desc);
create index post_check_by_day on post_check (checked_on);

create table post_check_preference (
    owner        varchar(100) primary key,
    keep_history boolean not null
);

-- Personal API tokens: only the SHA-256 of the token is kept.
create table api_token (
    id           uuid primary key,
    owner        varchar(100) not null,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_by_owner on api_token (owner);

-- Requests per token per fixed window, shared by every instance.
create table api_rate_window (
    token_id     uuid        not null references api_token (id) on delete cascade,
    window_start timestamptz not null,
    requests     integer     not null,
    primary key (token_id, window_start)
);

-- A review of a Member's own past posts and its background scan. The uploaded file is never
-- stored: content holds only the posts' dates and text, and is dropped when the scan ends;
-- the scan and what it found go when the report is downloaded or after 7 days.
create table archive_scan (
    id           uuid primary key,
    owner        varchar(100) not null,
    member_id    uuid,
    format       varchar(20)  not null,
    status       varchar(20)  not null,
    uploaded_at  timestamptz  not null,
    content      bytea,
    total        integer      not null,
    scanned      integer      not null default 0,
    claimed_by   varchar(100),
    claimed_at   timestamptz,
    finished_at  timestamptz
);
create index archive_scan_waiting on archive_scan (status, uploaded_at);
create index archive_scan_by_owner on archive_scan (owner, uploaded_at desc);

create table archive_finding (
    scan_id    uuid         not null references archive_scan (id) on delete cascade,
    position   integer      not null,
    posted_at  timestamptz,
    verdict    varchar(20)  not null,
    categories varchar(400) not null,
    text       text         not null,
    primary key (scan_id, position)
);
