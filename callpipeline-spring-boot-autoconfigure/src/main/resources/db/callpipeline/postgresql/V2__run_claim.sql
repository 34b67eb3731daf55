-- The claim of the run processing the recording (a fencing token): a save under an older claim
-- changes nothing, so a run the queue has handed to another worker cannot overwrite the newer run's
-- record, and no query of the queue is needed before each save.
alter table callpipeline_call_record add column run_claim varchar(36);
-- Any provider's identifiers, as RecordingEvent accepts them (1 to 64 characters), not only Twilio's 34.
alter table callpipeline_call_record alter column recording_sid type varchar(64);
alter table callpipeline_call_record alter column call_sid type varchar(64);
