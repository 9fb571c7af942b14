-- When a sender claimed a row. A row still SENDING long after its claim belongs to an
-- instance that stopped mid-send: it is sent again, with the same Message-ID (ADR 0013).
alter table email_outbox add column claimed_at timestamptz;

create index email_outbox_sending_idx on email_outbox (claimed_at) where status = 'SENDING';
