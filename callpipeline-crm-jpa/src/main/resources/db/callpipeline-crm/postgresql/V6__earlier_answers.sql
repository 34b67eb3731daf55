-- The answers a call had before it was answered again ("re-answer"), oldest first, as JSON.
alter table callpipeline_call_transcript add column earlier_answers_json text;
