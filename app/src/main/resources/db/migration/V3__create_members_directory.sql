-- The members directory: the council's elected Members, their committee seats, council roles and
-- social media accounts. Members are retired, never deleted, so their history stays.
create table member (
    id                uuid primary key,
    version           integer      not null,
    name              varchar(200) not null,
    council_email     varchar(320) not null,
    ward              varchar(120) not null,
    political_group   varchar(120),
    group_leader      boolean      not null default false,
    term_starts       date,
    term_ends         date,
    retired_on        date,
    retirement_reason varchar(500),
    constraint member_council_email_lower check (council_email = lower(council_email)),
    constraint member_term_in_order check (term_ends is null or term_starts is null or term_ends >= term_starts)
);

create unique index member_council_email_key on member (council_email);

create table committee_seat (
    member_id uuid        not null references member (id) on delete cascade,
    committee varchar(60) not null,
    primary key (member_id, committee)
);

create table council_role (
    member_id uuid         not null references member (id) on delete cascade,
    position  integer      not null,
    title     varchar(200) not null,
    primary key (member_id, position)
);

create table social_account (
    member_id              uuid         not null references member (id) on delete cascade,
    position               integer      not null,
    platform               varchar(40)  not null,
    handle                 varchar(200) not null,
    presents_as_councillor boolean      not null,
    reasons                varchar(500) not null default '',
    primary key (member_id, position)
);
