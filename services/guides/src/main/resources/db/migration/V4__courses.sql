-- E-learning courses: lessons (linking guides) and quiz questions, written once; only the status changes.
create table course (
    id             uuid         primary key,
    -- Null: a common DDH course; otherwise the member that owns it, like a guide.
    owner_id       varchar(8)   references known_member (code),
    title          varchar(200) not null,
    description    text         not null,
    competency     varchar(60)  not null,
    pass_threshold integer      not null,
    -- Ordered lists: [{title, text, guides[]}] and [{text, options[], correct[]}] (option numbers from 1).
    lessons        jsonb        not null,
    questions      jsonb        not null,
    author         text         not null,
    created_at     timestamptz  not null,
    status         varchar(10)  not null,
    published_at   timestamptz,
    constraint course_pass_threshold_check check (pass_threshold between 1 and 100),
    constraint course_status_check check (status in ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

create index course_owner_idx on course (owner_id);

-- An agent taking a course: open until submitted, then scored.
create table attempt (
    id            uuid        primary key,
    course_id     uuid        not null references course (id),
    -- The agent's subject in the identity provider and the member the agent worked for; no names.
    agent         text        not null,
    member_id     varchar(8),
    started_at    timestamptz not null,
    submitted_at  timestamptz,
    correct       integer,
    score_percent integer,
    passed        boolean,
    constraint attempt_result_check check (
        (submitted_at is null and correct is null and score_percent is null and passed is null)
        or (submitted_at is not null and correct is not null and score_percent between 0 and 100
            and passed is not null))
);

-- One open attempt per agent and course.
create unique index attempt_open_idx on attempt (course_id, agent) where submitted_at is null;
create index attempt_agent_idx on attempt (agent);
create index attempt_member_idx on attempt (member_id);

-- Each question is answered once per attempt.
create table answer (
    attempt_id  uuid        not null references attempt (id),
    question    integer     not null,
    options     integer[]   not null,
    answered_at timestamptz not null,
    primary key (attempt_id, question)
);

-- What an agent may handle: granted by passing a course, held once per competency (the first pass counts).
create table agent_competency (
    agent         text        not null,
    competency    varchar(60) not null,
    member_id     varchar(8),
    course_id     uuid        not null references course (id),
    attempt_id    uuid        not null references attempt (id),
    score_percent integer     not null,
    granted_at    timestamptz not null,
    primary key (agent, competency)
);
