-- Hotline lines as membership announces them (line.* events): which member a dialled number belongs to.
create table known_line (
    line_id   text        primary key,
    number    text        not null unique,
    scope     text        not null,
    member_id text        not null,
    -- Time of the event that last changed the row: an older event arriving late changes nothing.
    as_of     timestamptz not null
);
