-- Emails waiting to be sent, written in the same transaction as the change that causes
-- them. A scheduled sender claims each row before sending it, so no email goes twice.
create table email_outbox (
    id              uuid primary key,
    recipient       varchar(320) not null,
    subject         varchar(200) not null,
    body            text         not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        integer      not null default 0,
    created_at      timestamptz  not null,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    constraint email_outbox_status_known check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);

create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'PENDING';
