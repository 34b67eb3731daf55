-- How many transcriptions a call's transcript took: 2 when the first, under the Hebrew hint, read as non-words
-- and the audio was transcribed again without it.
alter table callpipeline_call_transcript add column transcription_passes integer default 1 not null;
