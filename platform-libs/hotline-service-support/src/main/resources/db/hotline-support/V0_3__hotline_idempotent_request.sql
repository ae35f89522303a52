-- Responses to writes sent with an Idempotency-Key, replayed when the same caller repeats the key (kept 24 hours).
create table hotline_idempotent_request (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    status          integer      not null,
    content_type    text,
    location        text,
    body            text         not null,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

create index hotline_idempotent_request_created on hotline_idempotent_request (created_at);
