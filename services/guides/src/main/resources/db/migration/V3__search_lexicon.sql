-- Trigram similarity for typo tolerance. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

-- Words of published guides, to correct a mistyped query word to one that occurs in some guide.
create table search_word (
    word    text primary key,
    -- The word occurs in a public (CITIZEN) guide, so the public search may suggest it.
    citizen boolean not null
);

-- The column keeps the database's collation: with another one the planner cannot use this index for `%`.
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);
