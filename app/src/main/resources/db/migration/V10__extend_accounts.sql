-- Accounts managed by administrators: a person may have no password yet (they set one
-- through an emailed link), may have a second factor, and a MEMBER account may be linked
-- to its Member in the directory.
alter table account alter column password_hash drop not null;
alter table account add column totp_secret varchar(64);
alter table account add column member_id uuid;
alter table account add column updated_at timestamptz;

-- Email addresses find an account for single sign-on, so no two accounts share one.
create unique index account_email_key on account (lower(email)) where email is not null;

-- One-time links to set a password. Only a hash of the token is kept: a copy of the
-- database does not let anyone set a password.
create table password_link (
    token_hash  char(64)    primary key,
    account_id  uuid        not null references account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index password_link_account_idx on password_link (account_id);
