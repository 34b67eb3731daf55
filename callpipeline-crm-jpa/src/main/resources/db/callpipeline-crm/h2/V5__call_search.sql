-- What a call is searched by (transcript, summary, customer name and numbers), lower-cased, kept by the application.
alter table callpipeline_call_log add column search_text clob;
