-- A guide: who owns it (null: a common DDH guide) and its revisions.
create table guide (
    id         uuid        primary key,
    owner_id   varchar(8)  references known_member (code),
    created_at timestamptz not null
);

create index guide_owner_idx on guide (owner_id);

-- Revisions: the content columns are written once and never updated; only the workflow columns change.
create table revision (
    guide_id     uuid         not null references guide (id),
    number       integer      not null,
    title        varchar(200) not null,
    body         text         not null,
    systems      text[]       not null,
    audience     varchar(8)   not null,
    resolutions  jsonb        not null,
    author       text         not null,
    created_at   timestamptz  not null,
    -- Title (A), systems (B) and body (C) in Danish, computed once when the revision is written.
    document     tsvector     not null,
    status       varchar(12)  not null,
    reviewer     text,
    published_at timestamptz,
    review_due   date,
    primary key (guide_id, number),
    constraint revision_audience_check check (audience in ('AGENT', 'CITIZEN')),
    constraint revision_status_check
        check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'ARCHIVED')),
    constraint revision_four_eyes_check check (reviewer is null or reviewer <> author)
);

-- At most one live revision and one revision in the workflow per guide.
create unique index revision_live_idx on revision (guide_id) where status = 'PUBLISHED';
create unique index revision_open_idx on revision (guide_id) where status in ('DRAFT', 'IN_REVIEW');
create index revision_document_idx on revision using gin (document) where status = 'PUBLISHED';
create index revision_review_due_idx on revision (review_due) where status = 'PUBLISHED';

-- Every review verdict with the reviewer's comment and the checklist items ticked.
create table review (
    id        bigserial   primary key,
    guide_id  uuid        not null,
    number    integer     not null,
    reviewer  text        not null,
    verdict   varchar(10) not null,
    comment   text,
    checklist text[]      not null,
    at        timestamptz not null,
    foreign key (guide_id, number) references revision (guide_id, number),
    constraint review_verdict_check check (verdict in ('APPROVED', 'REJECTED'))
);

create index review_revision_idx on review (guide_id, number);
