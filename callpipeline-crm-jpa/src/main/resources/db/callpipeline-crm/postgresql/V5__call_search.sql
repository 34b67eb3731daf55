-- What a call is searched by (transcript, summary, customer name and numbers), lower-cased, kept by the application.
alter table callpipeline_call_log add column search_text text;

-- Substring search ("דירה" finds "הדירה", "לדירה") through a trigram index, when the database lets us add pg_trgm;
-- without it search still works, by scanning.
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege or feature_not_supported or undefined_file then
    raise notice 'pg_trgm is not available: call search will scan instead of using an index';
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index if not exists callpipeline_call_log_search_idx
            on callpipeline_call_log using gin (search_text gin_trgm_ops);
    end if;
end
$$;
