-- Statistics read figures pre-aggregated per Danish day instead of every contact: a year of all members is a few
-- hundred thousand small rows instead of a million contacts. The last eight days are counted live from the contacts
-- (they change all the time); older days are stored, and when a contact of theirs changes, whoever writes it (a late
-- wrap-up, retention, a bulk load), the trigger below marks the day stale in the same transaction: a stale day is
-- counted live until the background job has stored it again.

alter table contact add column offered_day date;
update contact set offered_day = cast(offered_at at time zone 'Europe/Copenhagen' as date);
alter table contact alter column offered_day set not null;
create index contact_offered_day_idx on contact (offered_day);

create function contact_set_offered_day() returns trigger language plpgsql as $$
begin
    new.offered_day := cast(new.offered_at at time zone 'Europe/Copenhagen' as date);
    return new;
end $$;

create trigger contact_offered_day before insert or update of offered_at on contact
    for each row execute function contact_set_offered_day();

-- Older days whose figures must be recomputed: a change of a contact offered more than a week ago marks its day (the
-- last eight days are always counted live from the contacts, so the ongoing day's writes cost nothing extra).
create table stale_day (
    day date primary key
);

create function contact_mark_day_stale() returns trigger language plpgsql as $$
begin
    insert into stale_day (day) values (case when tg_op = 'DELETE' then old.offered_day else new.offered_day end)
        on conflict do nothing;
    return null;
end $$;

create trigger contact_changed_in_old_day after insert or update on contact
    for each row when (new.offered_day < cast(now() at time zone 'Europe/Copenhagen' as date) - 7)
    execute function contact_mark_day_stale();
create trigger contact_deleted_in_old_day after delete on contact
    for each row when (old.offered_day < cast(now() at time zone 'Europe/Copenhagen' as date) - 7)
    execute function contact_mark_day_stale();

-- Figures per day and member, line scope, outcome and answering member (labels instead of nulls, as reported).
create table day_figures (
    day              date    not null,
    member_id        text    not null,
    line_scope       text    not null,
    outcome          text    not null,
    agent_member_id  text    not null,
    offered          integer not null,
    answered         integer not null,
    abandoned        integer not null,
    answered_in_time integer not null,
    wait_seconds     numeric not null,
    handled          integer not null,
    handling_seconds numeric not null,
    resolved_first   integer not null,
    escalated        integer not null
);
create index day_figures_day_idx on day_figures (day);
create index day_figures_member_day_idx on day_figures (member_id, day);

-- The same per system asked about: a contact about two systems counts once for each.
create table day_system_figures (like day_figures including all);
alter table day_system_figures drop column line_scope, drop column outcome, drop column agent_member_id,
    add column system text not null;

-- Contacts offered per day, member and hour (Danish time), for the heat map.
create table hour_figures (
    day       date    not null,
    member_id text    not null,
    hour      integer not null,
    offered   integer not null
);
create index hour_figures_day_idx on hour_figures (day);

-- What the stored figures are: counted with this service-level threshold (another makes every day stale), and for
-- every day before figured_before (later days are added as they become older than the live week).
create table figures_basis (
    id                          boolean primary key default true check (id),
    service_level_threshold_sec bigint  not null,
    figured_before              date
);
-- The service sets its threshold at start; until then no day is stored.
insert into figures_basis (service_level_threshold_sec, figured_before) values (-1, null);
