-- Agents: a member's staff who answer the shared line. Deliberately no CPR number.
create table agent (
    id         uuid         primary key,
    member_id  varchar(8)   not null references member (id),
    name       varchar(200) not null,
    work_email varchar(254) not null,
    active     boolean      not null,
    created_at timestamptz  not null
);

create unique index agent_work_email_key on agent (lower(work_email));
create index agent_member_idx on agent (member_id);
