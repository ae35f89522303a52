-- Every call or chat to the hotline. Personal data kept to the minimum: the caller's number only as a keyed hash,
-- wrap-up notes short and free of CPR numbers.
create table contact (
    id              uuid        primary key,
    call_id         text        unique,
    channel         text        not null check (channel in ('PHONE', 'CHAT')),
    dialled_number  text,
    line_id         text,
    member_id       text,
    line_scope      text,
    unknown_number  boolean     not null default false,
    caller_hash     text,
    agent           text,
    agent_member_id text,
    offered_at      timestamptz not null,
    answered_at     timestamptz,
    ended_at        timestamptz,
    outcome         text,
    systems         text[]      not null default '{}',
    guide_ids       text[]      not null default '{}',
    notes           text,
    closed_at       timestamptz,
    check (answered_at is null or answered_at >= offered_at),
    check (ended_at is null or ended_at >= offered_at)
);

create index contact_member_offered_idx on contact (member_id, offered_at);
create index contact_agent_open_idx on contact (agent) where closed_at is null;
