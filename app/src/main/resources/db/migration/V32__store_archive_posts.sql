-- Issue 16: an upload's posts are stored one row each, in batches as the upload is read (their
-- date and text, the text cut at 10,000 characters), so that neither the upload nor the
-- background scan holds a whole archive in memory. A scan stays UPLOADING, seen by nobody,
-- until its last post is stored. archive_scan.content is no longer written; a later migration
-- drops it.
create table archive_post (
    scan_id   uuid        not null references archive_scan (id) on delete cascade,
    position  integer     not null,
    posted_at timestamptz,
    text      text        not null,
    primary key (scan_id, position)
);

-- How many posts were longer than 10,000 characters (only their start is checked).
alter table archive_scan add column truncated integer not null default 0;

-- Scans waiting or running when this lands: their compacted posts ([epoch second, text] pairs)
-- become rows. One holding a NUL (which text cannot store) is failed, to be uploaded again.
update archive_scan set status = 'FAILED', finished_at = current_timestamp
where content is not null and position('\u0000' in convert_from(content, 'UTF8')) > 0;

insert into archive_post (scan_id, position, posted_at, text)
select s.id, (e.n - 1)::integer,
       case when jsonb_typeof(e.pair -> 0) = 'number' then to_timestamp((e.pair ->> 0)::bigint) end,
       e.pair ->> 1
from archive_scan s
cross join lateral jsonb_array_elements(convert_from(s.content, 'UTF8')::jsonb) with ordinality as e(pair, n)
where s.content is not null and s.status <> 'FAILED';

update archive_scan set content = null where content is not null;
