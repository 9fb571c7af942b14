-- One row per scheduled job (ADR 22): the instance running the job holds its row until
-- lock_until, so a job due on several instances at once runs on one of them. ShedLock's
-- own layout; the times are the database's, in UTC, so the instances' clocks need not agree.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
