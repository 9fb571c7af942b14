-- The communications plan: the Strategic Plan's periods, themes and priorities, and the
-- plan items (campaigns, announcements, consultations, events) that serve them.

create table plan_period (
    id          uuid primary key,
    name        text not null unique,
    starts_on   date not null,
    ends_on     date not null,
    source      text,
    check (ends_on > starts_on)
);

create table plan_theme (
    id          uuid primary key,
    period_id   uuid not null references plan_period (id),
    name        text not null,
    position    integer not null,
    unique (period_id, name)
);

-- A priority is never deleted, only retired: plan items keep the priority they were
-- planned under.
create table plan_priority (
    id          uuid primary key,
    theme_id    uuid not null references plan_theme (id),
    name        text not null,
    position    integer not null,
    retired     boolean not null default false,
    starting_data boolean not null default false
);

create table plan_item (
    id              uuid primary key,
    kind            text not null,
    title           text not null,
    summary         text not null,
    key_messages    text,
    copy_text       text,
    channels        text[] not null,
    audiences       text,
    owner           text not null,
    directorate     text not null,
    publish_at      timestamptz not null,
    ends_at         timestamptz,
    status          text not null,
    status_note     text,
    created_by      text not null,
    created_at      timestamptz not null,
    submitted_by    text,
    submitted_at    timestamptz,
    approved_by     text,
    approved_at     timestamptz,
    published_at    timestamptz,
    evaluation_note text,
    check (ends_at is null or ends_at >= publish_at)
);

create index plan_item_awaiting_approval on plan_item (publish_at) where status = 'IN_APPROVAL';

create table plan_item_priority (
    item_id     uuid not null references plan_item (id),
    priority_id uuid not null references plan_priority (id),
    primary key (item_id, priority_id)
);

-- What the post checker found in an item's copy when it was submitted, for the approver.
create table plan_item_finding (
    item_id     uuid not null references plan_item (id),
    position    integer not null,
    category    text not null,
    severity    text not null,
    explanation text not null,
    advice      text,
    primary key (item_id, position)
);

-- Starting data: the 2021-24 plan with the themes and priorities the council published in
-- its Strategic Plan 2020-23, whose themes the 2021-24 refresh kept. Editable.
insert into plan_period (id, name, starts_on, ends_on, source) values
    ('a0000000-0000-4000-8000-000000002124', 'Strategic Plan 2021-2024', date '2021-04-01', date '2024-03-31',
     'Starting data from the council''s Strategic Plan 2020-23, whose themes the 2021-24 refresh kept. Edit it to match the plan in force.');

insert into plan_theme (id, period_id, name, position) values
    ('a0000000-0000-4000-8000-0000000000a1', 'a0000000-0000-4000-8000-000000002124', 'People', 1),
    ('a0000000-0000-4000-8000-0000000000a2', 'a0000000-0000-4000-8000-000000002124', 'Place', 2),
    ('a0000000-0000-4000-8000-0000000000a3', 'a0000000-0000-4000-8000-000000002124', 'Business', 3);

insert into plan_priority (id, theme_id, name, position, starting_data) values
    ('a0000000-0000-4000-8000-0000000001a1', 'a0000000-0000-4000-8000-0000000000a1', 'Crime and anti-social behaviour', 1, true),
    ('a0000000-0000-4000-8000-0000000001a2', 'a0000000-0000-4000-8000-0000000000a1', 'Schools', 2, true),
    ('a0000000-0000-4000-8000-0000000001a3', 'a0000000-0000-4000-8000-0000000000a1', 'Environment', 3, true),
    ('a0000000-0000-4000-8000-0000000002a1', 'a0000000-0000-4000-8000-0000000000a2', 'The town centre', 1, true),
    ('a0000000-0000-4000-8000-0000000002a2', 'a0000000-0000-4000-8000-0000000000a2', 'Town-centre homes and green spaces', 2, true),
    ('a0000000-0000-4000-8000-0000000002a3', 'a0000000-0000-4000-8000-0000000000a2', 'Making the town look and feel amazing', 3, true),
    ('a0000000-0000-4000-8000-0000000003a1', 'a0000000-0000-4000-8000-0000000000a3', 'Investment and jobs', 1, true),
    ('a0000000-0000-4000-8000-0000000003a2', 'a0000000-0000-4000-8000-0000000000a3', 'Transparency and openness', 2, true),
    ('a0000000-0000-4000-8000-0000000003a3', 'a0000000-0000-4000-8000-0000000000a3', 'Positive perceptions of the town', 3, true);
