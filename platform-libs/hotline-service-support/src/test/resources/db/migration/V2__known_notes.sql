-- A read model of notes, as another service would keep one from the notes' events.
create table known_note (
    note_id    text        primary key,
    text       text        not null,
    kind       text        not null,
    written_on date,
    as_of      timestamptz not null
);
