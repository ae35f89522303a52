-- Responses to writes sent with an Idempotency-Key, replayed when the same caller repeats the key.
create table idempotent_request (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    status          integer      not null,
    location        text,
    body            text         not null,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);
