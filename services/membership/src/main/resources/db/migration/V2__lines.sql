-- Hotline lines: a dialled number (E.164) leads to one line, owned by one member.
create table hotline_line (
    id         uuid        primary key,
    number     varchar(16) not null,
    scope      varchar(16) not null,
    member_id  varchar(8)  not null references member (id),
    created_at timestamptz not null,
    -- One number, one line: also under concurrent registration.
    constraint hotline_line_number_key unique (number),
    constraint hotline_line_scope_check check (scope in ('GENERAL', 'HEALTH_APPS'))
);

create index hotline_line_member_idx on hotline_line (member_id);
