-- A contact's life as the domain type Contact has it (offered → answered → ended → closed), held by the database too:
-- V2 keeps every time at or after the offer; these keep the order of the rest and what closing means. A check whose
-- columns are null passes.
alter table contact
    -- A call ends after it was answered, never before.
    add constraint contact_ended_after_answer check (ended_at >= answered_at),
    -- Only an ended contact is closed, and a closed one has an outcome (its wrap-up); an open one has none.
    add constraint contact_closed_after_end check (closed_at is null or ended_at is not null),
    add constraint contact_closed_with_outcome check ((closed_at is null) = (outcome is null)),
    add constraint contact_outcome_known
        check (outcome in ('RESOLVED', 'ESCALATED', 'TRANSFERRED', 'REFERRED', 'ABANDONED')),
    -- A call that ended unanswered was abandoned in the queue.
    add constraint contact_ended_unanswered_abandoned
        check (answered_at is not null or ended_at is null or outcome = 'ABANDONED');
