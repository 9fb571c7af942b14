-- Mandatory training: what Democratic Services require, who it is assigned to, and each
-- completion with its history. Status is never stored: it is computed from these dates.
create table training_requirement (
    id                uuid primary key,
    course            varchar(200) not null,
    all_members       boolean      not null,
    committees        varchar(500) not null default '',
    validity_months   integer      not null check (validity_months between 1 and 60),
    window_days       integer      not null check (window_days between 0 and 365),
    due_after_months  integer      not null check (due_after_months between 1 and 24),
    e_learning        boolean      not null,
    defined_by        varchar(100) not null,
    defined_at        timestamptz  not null,
    constraint training_requirement_audience check (all_members or committees <> '')
);

-- One row while a Member needs a requirement: when it was assigned and when the first
-- completion is due. Removed when the Member no longer needs it (the completions stay).
create table training_assignment (
    requirement_id uuid        not null references training_requirement (id),
    member_id      uuid        not null references member (id),
    assigned_on    date        not null,
    due_on         date        not null,
    last_status    varchar(20),
    primary key (requirement_id, member_id)
);

-- Every completion, never changed: how it was achieved and who recorded it.
create table training_completion (
    id             uuid primary key,
    requirement_id uuid         not null references training_requirement (id),
    member_id      uuid         not null references member (id),
    completed_on   date         not null,
    valid_until    date         not null,
    method         varchar(20)  not null check (method in ('SESSION', 'E_LEARNING', 'RECORDED')),
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    reference      varchar(300)
);

create index training_completion_member_idx on training_completion (member_id, requirement_id, completed_on);

-- Sessions in the room or online, and Members' places on them.
create table training_session (
    id               uuid primary key,
    requirement_id   uuid         not null references training_requirement (id),
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    place            varchar(300),
    online_link      varchar(500),
    capacity         integer      not null check (capacity between 1 and 500),
    facilitator      varchar(100),
    external_trainer varchar(200),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    constraint training_session_where check (place is not null or online_link is not null),
    constraint training_session_who check (facilitator is not null or external_trainer is not null),
    constraint training_session_order check (ends_at > starts_at)
);

create table training_booking (
    id           uuid primary key,
    session_id   uuid        not null references training_session (id),
    member_id    uuid        not null references member (id),
    state        varchar(20) not null check (state in ('BOOKED', 'WAITING', 'CANCELLED')),
    requested_at timestamptz not null,
    attended     boolean
);

create unique index training_booking_one_live_idx on training_booking (session_id, member_id)
    where state <> 'CANCELLED';

-- E-learning quiz attempts: the questions drawn, the answers given and the score.
create table training_quiz_attempt (
    id             uuid primary key,
    member_id      uuid        not null references member (id),
    started_at     timestamptz not null,
    questions      varchar(500) not null,
    answers        varchar(500),
    score          integer,
    passed         boolean,
    submitted_at   timestamptz
);
