-- The claim of the run processing the call (a fencing token): a save under an older claim changes
-- nothing, so a run the queue handed to another worker cannot overwrite the newer run's record.
alter table callpipeline_call_log add column run_claim varchar(36);
-- Any provider's identifiers, as RecordingEvent accepts them (1 to 64 characters), not only Twilio's 34.
alter table callpipeline_call_log alter column account_sid set data type varchar(64);
alter table callpipeline_call_log alter column call_sid set data type varchar(64);
alter table callpipeline_call_log alter column recording_sid set data type varchar(64);
alter table callpipeline_recording_deletion alter column recording_sid set data type varchar(64);
alter table callpipeline_recording_deletion alter column account_sid set data type varchar(64);
