-- Each training reminder and escalation, recorded in the transaction that queues its
-- email in the outbox: the key (Member, requirement, kind, day) lets each go once, also
-- when several instances run the job at once.
create table training_reminder (
    member_id      uuid         not null references member (id),
    requirement_id uuid         not null references training_requirement (id),
    kind           varchar(20)  not null,
    reminder_on    date         not null,
    recipient      varchar(320) not null,
    email_id       uuid,
    created_at     timestamptz  not null,
    primary key (member_id, requirement_id, kind, reminder_on)
);

-- The monthly digest of late Members sent to a group leader or to Democratic Services:
-- one per recipient and month.
create table training_digest (
    recipient  varchar(320) not null,
    month      date         not null,
    members    integer      not null,
    email_id   uuid,
    created_at timestamptz  not null,
    primary key (recipient, month)
);
