-- Idempotency-Key responses now live in the support library's table (hotline_idempotent_request, V0_3), shared by
-- every service: the responses kept so far move there, so a retry within their retention still replays.
insert into hotline_idempotent_request (caller, idempotency_key, fingerprint, status, content_type, location, body, created_at)
select caller, idempotency_key, fingerprint, status, 'application/json', location, body, created_at
from idempotent_request
where status > 0
on conflict do nothing;

drop table idempotent_request;
