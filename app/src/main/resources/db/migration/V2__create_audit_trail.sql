-- The append-only audit trail: who changed which record, when, and what changed.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    record_type varchar(60)  not null,
    record_id   varchar(100) not null,
    action      varchar(60)  not null,
    changes     jsonb        not null default '[]'::jsonb
);

create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
create index audit_entry_actor_idx on audit_entry (actor);

-- Append-only: an entry, once written, is never changed or removed by the application.
-- (Retention, when it comes, removes expired entries through a migration-defined function.)
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
