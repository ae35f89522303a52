-- Which events each consumer has applied, so a redelivered event is applied once.
create table hotline_processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
