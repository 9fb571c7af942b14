-- What the author and the Monitoring Officer say about a plan item for the pre-election
-- period: whether it is controversial, and whether it is public safety or emergency
-- information (which keeps its exception). No row means nothing was marked.
create table plan_item_pre_election (
    item_id                       uuid primary key references plan_item (id),
    controversial_by_author       boolean not null default false,
    controversial_by_monitoring   boolean not null default false,
    public_safety                 boolean not null default false
);
