-- Members as membership announces them (member.* events): names for reports, and the pilot terms that decide who pays.
create table known_member (
    member_id   text        primary key,
    name        text        not null,
    kind        text        not null,
    status      text        not null,
    pilot_start date,
    pilot_end   date,
    payer       text        not null,
    sponsor_id  text,
    as_of       timestamptz not null
);

-- Agents as membership announces them (agent.* events): the member an agent answering a call works for.
create table known_agent (
    agent_id  text        primary key,
    member_id text        not null,
    active    boolean     not null,
    as_of     timestamptz not null
);
