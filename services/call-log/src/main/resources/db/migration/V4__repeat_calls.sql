-- A contact whose caller called again within the repeat-call window was not resolved at first contact. Set when the
-- later call is offered, so first-contact resolution is counted without comparing contacts at query time.
alter table contact add column called_again boolean not null default false;

create index contact_caller_idx on contact (caller_hash, offered_at) where caller_hash is not null;
