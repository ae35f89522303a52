-- Events written in the same transaction as the change they describe; the relay publishes them to RabbitMQ.
create table hotline_outbox (
    seq             bigserial primary key,
    event_id        text        not null unique,
    exchange        text        not null,
    routing_key     text        not null,
    payload         text        not null,
    traceparent     text,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    published_at    timestamptz
);

create index hotline_outbox_pending on hotline_outbox (seq) where published_at is null;
create index hotline_outbox_published on hotline_outbox (published_at) where published_at is not null;
