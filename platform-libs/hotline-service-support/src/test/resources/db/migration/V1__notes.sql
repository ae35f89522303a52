create table note (id text primary key, text text not null, kind text not null);
create table applied_note_event (event_id text not null, note_id text not null, trace_id text);
