-- Members of the hotline: municipalities and the region, identified by their official code.
create table member (
    id                       varchar(8)    primary key,
    name                     varchar(200)  not null,
    kind                     varchar(16)   not null,
    status                   varchar(16)   not null,
    pilot_start              date,
    pilot_end                date,
    payer                    varchar(8)    not null,
    -- Who sponsored the pilot; kept after the switch to self-paid so past dates still answer "who paid".
    sponsor_id               varchar(8)    references member (id),
    onboarding_wave          integer,
    committed_hours_per_week numeric(6, 2) not null,
    version                  integer       not null,
    registered_at            timestamptz   not null,
    constraint member_kind_check check (kind in ('MUNICIPALITY', 'REGION')),
    constraint member_status_check
        check (status in ('INVITED', 'SELECTED', 'ONBOARDING', 'ACTIVE', 'LEAVING', 'LEFT')),
    constraint member_payer_check check (payer in ('SELF', 'SPONSOR')),
    constraint member_pilot_check check (pilot_end > pilot_start),
    constraint member_sponsor_check check (payer = 'SELF' or sponsor_id is not null),
    constraint member_wave_check check (onboarding_wave > 0),
    constraint member_hours_check check (committed_hours_per_week >= 0)
);

create index member_status_idx on member (status);
-- The daily pilot-end job looks for sponsored members whose pilot is over.
create index member_sponsored_pilot_end_idx on member (pilot_end) where payer = 'SPONSOR';
