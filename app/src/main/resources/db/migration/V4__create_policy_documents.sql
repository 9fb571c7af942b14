-- The Social Media Protocol and the Members' Code of Conduct: versioned Markdown documents that
-- are drafted, approved by the Monitoring Officer and published, and acknowledged by Members.
create table policy_version (
    id             uuid primary key,
    document       varchar(40)  not null,
    version_number integer      not null,
    status         varchar(30)  not null,
    body           text         not null,
    change_summary varchar(500),
    drafted_by     varchar(100) not null,
    drafted_at     timestamptz  not null,
    approved_by    varchar(100),
    approved_at    timestamptz,
    effective_from date,
    constraint policy_version_document_known check (document in ('PROTOCOL', 'CODE_OF_CONDUCT')),
    constraint policy_version_status_known check (status in ('DRAFT', 'AWAITING_APPROVAL', 'PUBLISHED')),
    constraint policy_version_published_complete check (status <> 'PUBLISHED'
        or (approved_by is not null and approved_at is not null and effective_from is not null)),
    unique (document, version_number)
);

-- The sections of each published version, for full-text search (English stemming).
create table policy_section (
    version_id uuid         not null references policy_version (id),
    key        varchar(100) not null,
    position   integer      not null,
    heading    varchar(300) not null,
    body_text  text         not null,
    search     tsvector generated always as (
        setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', body_text), 'B')) stored,
    primary key (version_id, key)
);

create index policy_section_search_idx on policy_section using gin (search);

-- A Member's acknowledgement that they have read a published version.
create table policy_acknowledgement (
    version_id      uuid        not null references policy_version (id),
    member_id       uuid        not null references member (id),
    acknowledged_at timestamptz not null,
    primary key (version_id, member_id)
);
