package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.LeadScore;
import io.callpipeline.core.transcription.Transcript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Between the pipeline's {@link CallRecord} and the CRM's columns, both ways: a resumed run reads
 * back every step's result it saved. Not kept, because only the run that had them used them: a
 * failure's {@code Retry-After} (the queue has already scheduled by it) and the transcriber's word
 * times (never stored: they hold what was said).
 */
final class CallRecordMapping {

    private CallRecordMapping() {
    }

    static void writeEvent(CallLog log, RecordingEvent event) {
        log.accountSid = event.accountSid();
        log.callSid = event.callSid();
        log.recordingSid = event.recordingSid();
        log.callbackUrl = event.recordingUrl();
        log.callbackStatus = event.recordingStatus();
        log.callbackDuration = event.durationSeconds();
        log.callbackChannels = event.channels();
        log.callbackSource = event.source();
        log.callbackStartedAt = event.startTime();
        log.callbackErrorCode = event.errorCode();
    }

    /** Copies a saved record onto the call log; the transcript row is made when there is a transcript. */
    static void write(CallLog log, CallRecord record, Instant now) {
        log.attempts = record.attempts();
        writeEvent(log, record.event());
        RecordingInfo recording = record.recording();
        log.verified = recording != null;
        if (recording != null) {
            log.recordingStatus = recording.status();
            log.recordingDuration = recording.durationSeconds();
            log.recordingChannels = recording.channels();
            log.recordingSource = recording.source();
            log.recordingStartedAt = recording.startTime();
        }
        CallDetails call = record.call();
        log.callKnown = call != null;
        if (call != null) {
            log.fromNumber = call.from();
            log.toNumber = call.to();
            log.direction = call.direction();
            log.callStartedAt = call.startTime();
            log.callDuration = call.durationSeconds();
        }
        ProcessingFailure failure = record.failure();
        log.lastErrorCode = failure == null ? null : failure.reasonCode();
        log.lastError = failure == null ? null : truncate(failure.message(), 2000);
        log.lastErrorRetryable = failure == null ? null : failure.retryable();
        log.stage = record.stage();
        log.origin = record.origin();
        log.status = CallStatus.of(record);
        log.occurredAt = firstKnown(log.callStartedAt, log.recordingStartedAt, log.callbackStartedAt, log.createdAt);
        log.updatedAt = now;
        if (record.transcript() != null) {
            CallTranscript transcript = log.getTranscript();
            if (transcript == null) {
                transcript = new CallTranscript(log, now);
                log.setTranscript(transcript);
            }
            write(transcript, record, now);
        }
    }

    private static void write(CallTranscript row, CallRecord record, Instant now) {
        Transcript transcript = record.transcript();
        row.language = transcript.language();
        row.text = transcript.text();
        row.segments = transcript.segments();
        row.transcriptionModel = transcript.model();
        row.audioSeconds = transcript.durationSeconds();
        row.transcriptionPasses = transcript.passes();
        row.redactions = new EnumMap<>(PiiKind.class);
        row.redactions.putAll(transcript.redactions());
        row.silencedSpans = new ArrayList<>(transcript.silenced());
        GibberishVerdict verdict = record.verdict();
        row.gibberish = verdict == null ? null : verdict.gibberish();
        row.gibberishReason = verdict == null ? null : verdict.reasonCode();
        row.gibberishExplanation = verdict == null ? null : verdict.explanation();
        row.hallucinatedSegments = verdict == null ? null : verdict.hallucinatedSegments();
        CallResponse response = record.response();
        row.summary = response == null ? null : response.summary();
        row.suggestedReply = response == null ? null : response.suggestedReply();
        row.intent = response == null ? null : response.intent();
        row.followUpNeeded = response == null ? null : response.followUpNeeded();
        ExtractedFields extracted = response == null ? null : response.extracted();
        row.extractionSchema = extracted == null ? null : extracted.schema();
        row.extractedFields = extracted == null ? new ArrayList<>() : new ArrayList<>(extracted.fields());
        row.responseModel = response == null ? null : response.model();
        row.nextSteps = response == null ? new ArrayList<>() : new ArrayList<>(response.nextSteps());
        LeadScore score = response == null ? null : response.leadScore();
        row.leadScore = score == null ? null : score.score();
        row.leadScoreReason = score == null ? null : truncate(score.reason(), 1000);
        row.updatedAt = now;
    }

    /** The record as the pipeline saved it, for resuming. */
    static CallRecord read(CallLog log) {
        RecordingEvent event = new RecordingEvent(log.accountSid, log.callSid, log.recordingSid, log.callbackUrl,
                log.callbackStatus, log.callbackDuration, log.callbackChannels, log.callbackSource,
                log.callbackStartedAt, log.callbackErrorCode);
        RecordingInfo recording = log.verified ? new RecordingInfo(log.recordingSid, log.accountSid, log.callSid,
                log.recordingStatus, log.recordingDuration, log.recordingChannels, log.recordingSource,
                log.recordingStartedAt) : null;
        CallDetails call = log.callKnown ? new CallDetails(log.callSid, log.fromNumber, log.toNumber, log.direction,
                log.callStartedAt, log.callDuration) : null;
        ProcessingFailure failure = log.lastErrorCode == null ? null : ProcessingFailure.stored(log.lastErrorCode,
                log.lastError == null ? "" : log.lastError, Boolean.TRUE.equals(log.lastErrorRetryable), null);
        CallTranscript row = log.getTranscript();
        Transcript transcript = row == null ? null
                : new Transcript(row.language, row.text, row.segments, row.transcriptionModel, row.audioSeconds,
                        row.transcriptionPasses, row.redactions, List.of(), row.silencedSpans);
        GibberishVerdict verdict = row == null || row.gibberish == null ? null
                : new GibberishVerdict(row.gibberish, row.gibberishReason,
                        row.gibberishExplanation == null ? "" : row.gibberishExplanation, row.hallucinatedSegments);
        CallResponse response = row == null || row.summary == null ? null
                : new CallResponse(row.summary, row.suggestedReply, row.intent, row.extractionSchema == null ? null
                        : new ExtractedFields(row.extractionSchema, row.extractedFields),
                        Boolean.TRUE.equals(row.followUpNeeded), row.responseModel, true, null, row.nextSteps,
                        row.leadScore == null ? null : new LeadScore(row.leadScore, row.leadScoreReason));
        return new CallRecord(event, log.stage, recording, call, transcript, verdict, response, failure, log.attempts,
                log.origin);
    }

    private static Instant firstKnown(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("A call log without a creation time");
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
