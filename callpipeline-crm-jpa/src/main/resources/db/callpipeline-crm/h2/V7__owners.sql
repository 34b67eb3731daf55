-- Every call and customer has an owner: an agency (the tenant whose users see it) and, for a call, optionally an
-- agent within it. Rows from before owners existed start unrouted (admins only) and are given the configured
-- default agency by the next migration (7.1, DefaultOwnerMigration), which reads the host's properties.
alter table callpipeline_call_log add column owner_agency varchar(64) default '(unrouted)' not null;
alter table callpipeline_call_log add column owner_agent varchar(64);
alter table callpipeline_customer add column owner_agency varchar(64) default '(unrouted)' not null;
-- A caller of two agencies is a customer of each: a number, and the host's id, are unique within an agency.
alter table callpipeline_customer drop constraint callpipeline_customer_phone_uq;
drop index callpipeline_customer_external_ref_uq;
alter table callpipeline_customer add constraint callpipeline_customer_phone_uq unique (owner_agency, phone);
create unique index callpipeline_customer_external_ref_uq on callpipeline_customer (owner_agency, external_ref);
-- Every list an agency's user reads is filtered by its owner first.
create index callpipeline_call_log_owner_idx on callpipeline_call_log (owner_agency, occurred_at desc);
create index callpipeline_customer_owner_idx on callpipeline_customer (owner_agency, created_at desc);
-- A call being answered again: set when one request claims it, so a second one is refused before it pays the model.
alter table callpipeline_call_log add column reanswer_started_at timestamp with time zone;
