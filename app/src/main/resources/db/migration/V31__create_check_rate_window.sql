-- Checks per signed-in person per fixed window on the "check a post" page, shared by every
-- instance (the API counts per token in api_rate_window).
create table check_rate_window (
    owner        varchar(100) not null,
    window_start timestamptz  not null,
    checks       integer      not null,
    primary key (owner, window_start)
);
