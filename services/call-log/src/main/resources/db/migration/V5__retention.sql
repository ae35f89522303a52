-- Retention: notes are erased after a while, contacts later reduced to what statistics need.
alter table contact add column reduced_at timestamptz;

create index contact_offered_idx on contact (offered_at);

-- Every run of the retention job, scheduled or started by an operator.
create table retention_run (
    id               uuid        primary key,
    started_at       timestamptz not null,
    finished_at      timestamptz not null,
    started_by       text        not null,
    notes_before     timestamptz not null,
    reduce_before    timestamptz not null,
    notes_erased     integer     not null,
    contacts_reduced integer     not null
);

create index retention_run_started_idx on retention_run (started_at desc);
