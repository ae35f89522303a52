-- Search moved to an embedded Lucene index (ADR 0008): its typo correction reads the index, not this table.
drop table search_word;

-- What the search index must pick up, written by triggers in the changing transaction: a guide whose live revision
-- changed (guide_id), or the synonyms (guide_id null). Each instance of the service reads the rows of transactions
-- that committed since it last looked (by transaction id, so a late commit is never skipped).
create table search_change (
    id       bigserial   primary key,
    guide_id uuid,
    xid      xid8        not null default pg_current_xact_id(),
    at       timestamptz not null default now()
);

create index search_change_xid_idx on search_change (xid);
create index search_change_at_idx on search_change (at);

create function search_change_of_revision() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED' or (tg_op = 'UPDATE' and old.status = 'PUBLISHED') then
        insert into search_change (guide_id) values (new.guide_id);
    end if;
    return null;
end $$;

create trigger revision_search_change
    after insert or update of status on revision
    for each row execute function search_change_of_revision();

-- Synonyms, edited by DDH's editors: the phrases of a group find each other; with also_finds the group is one-way:
-- a query naming one of the phrases also finds guides naming one of also_finds, not the other way round.
create table search_synonym (
    id         uuid        primary key,
    phrases    text[]      not null,
    also_finds text[]      not null,
    changed_by text        not null,
    changed_at timestamptz not null
);

create function search_change_of_synonyms() returns trigger language plpgsql as $$
begin
    insert into search_change (guide_id) values (null);
    return null;
end $$;

create trigger search_synonym_change
    after insert or update or delete on search_synonym
    for each statement execute function search_change_of_synonyms();

-- Every change of a synonym group: who, when, and the group as it became (as it was, for a deletion).
create table search_synonym_audit (
    id         bigserial   primary key,
    synonym_id uuid        not null,
    action     varchar(8)  not null,
    phrases    text[]      not null,
    also_finds text[]      not null,
    by         text        not null,
    at         timestamptz not null,
    constraint search_synonym_audit_action_check check (action in ('CREATED', 'UPDATED', 'DELETED'))
);

create index search_synonym_audit_synonym_idx on search_synonym_audit (synonym_id, id);

-- The groups that were configuration before, and the everyday words citizens use for the official ones.
insert into search_synonym (id, phrases, also_finds, changed_by, changed_at)
select gen_random_uuid(), phrases, also_finds, 'migration', now()
from (values
    (array['NemID', 'MitID'], array[]::text[]),
    (array['e-Boks', 'Digital Post', 'mit.dk'], array[]::text[]),
    (array['MinSP', 'MinSundhedsplatform'], array[]::text[]),
    (array['Min Læge', 'MinLæge'], array[]::text[]),
    (array['Min Sundhed', 'MinSundhed'], array[]::text[]),
    (array['doktor', 'læge'], array[]::text[]),
    (array['det gule kort', 'sundhedskort', 'sygesikringsbevis'], array[]::text[]),
    (array['sygehus', 'hospital'], array[]::text[]),
    (array['mobil', 'telefon', 'smartphone'], array[]::text[]),
    (array['brugernavn', 'bruger-ID'], array[]::text[]),
    (array['skraldespand', 'affaldsbeholder'], array[]::text[]),
    (array['kode'], array['adgangskode'])
) as seed (phrases, also_finds);

insert into search_synonym_audit (synonym_id, action, phrases, also_finds, by, at)
select id, 'CREATED', phrases, also_finds, changed_by, changed_at from search_synonym;
