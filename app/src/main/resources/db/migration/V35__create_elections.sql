-- Elections that Democratic Services enter (ADR 26): polling day, the start of the
-- pre-election period (the notice of election) and the area. An election with no rows in
-- election_ward covers the whole council; one with rows covers only those wards.
create table election (
    id           uuid primary key,
    poll_date    date        not null,
    period_start date        not null,
    kind         varchar(20) not null,
    constraint election_period_before_poll check (period_start <= poll_date),
    constraint election_kind_known check (kind in ('SCHEDULED', 'BY_ELECTION'))
);

create index election_poll_date on election (poll_date);

create table election_ward (
    election_id uuid         not null references election (id) on delete cascade,
    ward        varchar(120) not null,
    primary key (election_id, ward)
);

-- One row once the periods of the old membercomms.postcheck.pre-election-periods setting
-- have been copied in as whole-council elections, so they are never copied again.
create table election_settings_migration (
    id          boolean     primary key default true,
    migrated_at timestamptz not null,
    periods     integer     not null,
    constraint election_settings_migration_once check (id)
);
