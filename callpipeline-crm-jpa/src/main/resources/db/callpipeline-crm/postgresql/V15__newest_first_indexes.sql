-- A customer's and an agency's calls are always read newest first with the id breaking ties
-- (order by occurred_at desc, id desc). With the id in the index too, a page or a caller's history reads
-- only the rows it returns; without it, PostgreSQL read all of a customer's calls to sort them (3,000 rows
-- for the 50 of one caller's history, the harness's caller having thousands).
drop index callpipeline_call_log_customer_idx;
create index callpipeline_call_log_customer_idx on callpipeline_call_log (customer_id, occurred_at desc, id desc);
drop index callpipeline_call_log_owner_idx;
create index callpipeline_call_log_owner_idx on callpipeline_call_log (owner_agency, occurred_at desc, id desc);
