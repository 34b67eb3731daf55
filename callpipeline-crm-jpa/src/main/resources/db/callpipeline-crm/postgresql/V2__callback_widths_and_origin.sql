-- Callback fields as wide as the webhook accepts (RecordingEvent.MAX_*), so an accepted callback is always stored.
alter table callpipeline_call_log alter column callback_url type varchar(2000);
alter table callpipeline_call_log alter column callback_status type varchar(32);
alter table callpipeline_call_log alter column callback_source type varchar(64);
alter table callpipeline_call_log alter column recording_status type varchar(32);
alter table callpipeline_call_log alter column recording_source type varchar(64);
-- How the call became known: its callback, or reconciliation with Twilio's list of recordings.
alter table callpipeline_call_log add column origin varchar(16) default 'CALLBACK' not null;
