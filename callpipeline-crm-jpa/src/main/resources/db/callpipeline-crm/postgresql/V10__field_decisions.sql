-- The agent confirms before the CRM changes: what agents decided about each field the model extracted
-- (accepted, edited or rejected; who and when), oldest first, as JSON on the call's transcript; and the
-- details confirmed from calls, one per field, as JSON on the customer. Both are written under a row lock
-- by the confirmation alone, never by a save of the call or the customer.
alter table callpipeline_call_transcript add column field_decisions text;
alter table callpipeline_customer add column confirmed_fields text;
