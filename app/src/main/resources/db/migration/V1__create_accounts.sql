-- Who may sign in, and with which roles.
create table account (
    id            uuid primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    email         varchar(320),
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    constraint account_username_lower check (username = lower(username))
);

create unique index account_username_key on account (username);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(40) not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('MEMBER', 'COMMS_OFFICER', 'DEMOCRATIC_SERVICES',
        'MONITORING_OFFICER', 'INDEPENDENT_PERSON', 'ADMIN'))
);

-- Failed sign-ins per username, kept in the database so that the limit holds across
-- every instance of the application.
create table sign_in_throttle (
    username_key     varchar(100) primary key,
    failures         integer      not null,
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
