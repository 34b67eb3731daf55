package io.callpipeline.core.pipeline;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.privacy.MessageFree;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.nextstep.DueDates;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Transcript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one recording callback into a stored transcript, verdict and response: verify the
 * recording → fetch the call → download → measure speech → transcribe → check for gibberish →
 * respond → store.
 *
 * <p>The record is saved after every step and read back first, so running the pipeline again for
 * the same recording resumes after the last finished step and a finished call is never redone.
 * Audio lives in a per-call temporary directory deleted when the run ends, whatever the outcome.
 * A run never throws for a processing failure: it returns an outcome saying whether to retry.
 *
 * <p>Thread-safe: one instance serves all calls. Running the same recording twice at once is the
 * caller's to prevent (the starter's scheduler does).
 */
public final class CallRecordingPipeline {

    private static final Logger log = LoggerFactory.getLogger(CallRecordingPipeline.class);

    /** The language asked of the transcriber when none is set (ISO-639-1): the calls are in Hebrew. */
    public static final String DEFAULT_LANGUAGE = "he";

    private final RecordingVerification verification;
    private final LanguageAwareTranscription transcription;
    private final Responder responder;
    private final TranscriptStore store;
    private final Path workDirectory;
    private final StepTimer steps;
    private final RunRecords records;
    private final PiiRedactor piiRedactor;
    private final RecordingArchiving archiving;
    private final boolean sendOriginalToModel;
    private final CallerHistory callerHistory;
    private final DueDates dueDates;

    CallRecordingPipeline(PipelineBuilder b) {
        this.verification = new RecordingVerification(b.recordingLookup, b.callLookup);
        this.responder = b.responder;
        this.store = b.store;
        this.workDirectory = b.workDirectory;
        this.steps = new StepTimer(b.listener, b.instrumentation);
        this.transcription = new LanguageAwareTranscription(b.mediaDownloader, b.transcriber,
                b.languageIdentifier != null ? b.languageIdentifier : new ScriptAwareLanguageIdentifier(),
                b.gibberishDetector, b.workDirectory, b.language, b.audioSettings, steps, b.piiRedactor);
        this.records = new RunRecords(b.store, new UnsavedResults(b.workDirectory));
        this.piiRedactor = b.piiRedactor;
        this.sendOriginalToModel = b.sendOriginalToModel;
        this.callerHistory = b.callerHistory;
        this.dueDates = b.dueDates;
        this.archiving = b.audioArchive == null ? RecordingArchiving.NONE
                : new RecordingArchiving(b.audioArchive, b.mediaDownloader, b.providerDeletion, b.silencePaddingSeconds,
                        b.workDirectory, steps);
    }

    public static PipelineBuilder builder() {
        return new PipelineBuilder();
    }

    /**
     * Processes (or resumes) one recording from a callback: what a caller without a queue does.
     *
     * @return how this run ended; never {@code null}
     */
    public ProcessingOutcome process(RecordingEvent event) {
        Objects.requireNonNull(event, "event");
        return run(store.find(event.recordingSid()).orElseGet(() -> CallRecord.received(event)), OwnershipCheck.sole());
    }

    /**
     * Processes (or resumes) the call stored for a recording, reading its record once: what a
     * queue does, whose job carries only the SID.
     *
     * @return how this run ended; empty when nothing is stored for the recording
     */
    public Optional<ProcessingOutcome> process(String recordingSid) {
        return process(recordingSid, RunOwnership.SOLE);
    }

    /**
     * Processes (or resumes) the call stored for a recording as one run of a queue that may hand a
     * slow run's job to another worker: before each paid request and each save the run asks
     * {@code ownership}, and stops, saving nothing more, once it no longer holds the recording.
     *
     * @return how this run ended; empty when nothing is stored for the recording
     */
    public Optional<ProcessingOutcome> process(String recordingSid, RunOwnership ownership) {
        OwnershipCheck owned = new OwnershipCheck(Objects.requireNonNull(ownership, "ownership"));
        return store.find(recordingSid).map(stored -> {
            try {
                return run(stored, owned);
            } catch (OwnershipCheck.TakenOver e) {
                log.info("Recording {}: another run has taken it over (or its record is gone); this run stops"
                        + " without saving", recordingSid);
                records.discardKept(recordingSid);
                return new ProcessingOutcome.Superseded(stored);
            }
        });
    }

    private ProcessingOutcome run(CallRecord stored, OwnershipCheck owned) {
        String sid = stored.recordingSid();
        CallRecord record = stored;
        try {
            if (!stored.stage().isTerminal()) {
                owned.claim(store, sid);
            }
            record = records.withUnsavedResult(record, owned);
        } catch (CallPipelineException e) {
            return records.fail(record, ProcessingFailure.of(e), ProcessingStage.FAILED, owned);
        }
        if (record.stage().isTerminal()) {
            log.debug("Recording {} already ended as {}; nothing to do", sid, record.stage());
            return RunRecords.outcomeOf(record);
        }
        record = record.startingRun();
        if (record.event().endedWithoutMedia()) {
            return records.fail(record, RecordingVerification.withoutMedia(record.event()), ProcessingStage.REJECTED, owned);
        }
        ProcessingStage failedAs = ProcessingStage.FAILED;
        Transcript original = null; // as heard, personal numbers in: this run's memory only, never stored
        try {
            if (record.recording() == null) {
                failedAs = ProcessingStage.REJECTED;
                CallRecord received = record;
                record = records.save(steps.time(PipelineStep.VERIFY, sid, () -> verification.verify(received)), owned);
                failedAs = ProcessingStage.FAILED;
            }
            if (record.transcript() == null) {
                original = transcription.transcribe(record.recording(), owned);
                record = records.save(record.transcribed(redacted(sid, original)), owned);
            }
            if (record.verdict() == null) {
                LanguageAwareTranscription.Checked checked =
                        transcription.check(record.recording(), record.transcript(), owned);
                if (checked.transcript() != record.transcript()) { // a second transcription: saved, paid once
                    original = checked.transcript(); // as heard (a gibberish verdict asks the model nothing anyway)
                    record = records.save(record.transcribed(redacted(sid, checked.transcript())), owned);
                }
                archiving.keep(record, owned); // before the verdict, which may end the call
                record = records.save(record.checked(checked.verdict()), owned);
            }
            if (record.stage() != ProcessingStage.GIBBERISH && record.response() == null) {
                ResponseRequest request = ResponseRequest.of(forModel(sid, record.transcript(), original),
                        record.verdict(), record.call()).withHistory(historyOf(record));
                owned.confirm();
                // a model that read the numbers may write them back: its answer is redacted as the transcript is
                CallResponse response = steps.time(PipelineStep.RESPOND, sid, () -> responder.respond(request))
                        .withTexts(text -> piiRedactor.redact(text).text())
                        .withStepsDatedFrom(dueDates.dayOf(callMoment(record)), dueDates);
                record = response.realCall() ? records.save(record.responded(response), owned)
                        // the model's second opinion: no reply is offered for what is no real call
                        : records.save(record.checked(GibberishVerdict.notACallByModel(response.notACallReason())), owned);
            }
        } catch (CallPipelineException e) {
            return records.fail(record, ProcessingFailure.of(e), failedAs, owned);
        } catch (OwnershipCheck.TakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            // a message may hold the values it was handed (a caller's number, their words): its class and stack only
            log.warn("Unexpected error processing recording {}", sid, MessageFree.of(e));
            // the exception's text (a driver's message, a host name, a value) is for the log, never the record
            return records.fail(record, new ProcessingFailure(ReasonCode.UNEXPECTED_ERROR,
                    "Unexpected " + e.getClass().getSimpleName() + " (see the app's log)", true, null), failedAs, owned);
        }
        log.info("Recording {} ended as {}", sid, record.stage());
        return RunRecords.outcomeOf(record);
    }

    /** When the call happened, as well as it is known: its start, else its recording's, else now. */
    private static Instant callMoment(CallRecord record) {
        if (record.call() != null && record.call().startTime() != null) {
            return record.call().startTime();
        }
        if (record.recording() != null && record.recording().startTime() != null) {
            return record.recording().startTime();
        }
        return record.event().startTime() != null ? record.event().startTime() : Instant.now();
    }

    /**
     * What the model reads: the stored (redacted) transcript, or, when the host asks for it, the
     * original as this run heard it; a run resuming after the transcript was stored has only the
     * redacted one, since the original was never kept anywhere.
     */
    private Transcript forModel(String sid, Transcript stored, Transcript original) {
        if (!sendOriginalToModel) {
            return stored;
        }
        if (original == null || original.text().equals(stored.text()) && original.segments().equals(stored.segments())) {
            if (original == null && !stored.redactions().isEmpty()) {
                log.info("Recording {}: the model reads the redacted transcript; the original was heard by an earlier"
                        + " run and kept nowhere", sid);
            }
            return stored;
        }
        return original.inLanguage(stored.language());
    }

    /** The caller's history for the model; a history that cannot be read leaves the answer without it. */
    private CallerHistory.History historyOf(CallRecord record) {
        try {
            return callerHistory.before(record.recordingSid());
        } catch (RuntimeException e) {
            log.warn("Recording {}: the caller's history could not be read; answering without it",
                    record.recordingSid(), MessageFree.of(e));
            return CallerHistory.History.EMPTY;
        }
    }

    /** Personal numbers out, before the text is stored, searched or sent to a model; the counts, never the values, logged. */
    private Transcript redacted(String sid, Transcript heard) {
        Transcript.Redacted redacted = heard.redacted(piiRedactor);
        if (!redacted.transcript().redactions().isEmpty()) { // a dialogue's sides were redacted as they came
            log.info("Recording {}: personal numbers taken out of the transcript: {}", sid,
                    redacted.transcript().redactions());
        }
        return redacted.transcript();
    }

    /**
     * Drops what runs of a recording kept on this machine's disk to avoid paying twice (a result
     * the store could not take, one side of a dialogue): for a caller that ends the call itself,
     * as a queue does when it gives up retrying, so nothing is left behind.
     */
    public void discardKeptResults(String recordingSid) {
        records.discardKept(recordingSid);
    }

    /**
     * Removes what was kept on this machine's disk to avoid paying twice but will never be read
     * again: results of recordings whose call has ended (perhaps on another instance), and the
     * {@code .partial} files of writes a crash cut short. A host calls it at start-up and now and then.
     *
     * @param open whether a recording's call may still need what was kept for it (it exists and has
     *             not ended)
     * @return how many files were removed
     */
    public int sweepKeptResults(Predicate<String> open) {
        return records.sweepKept(open, java.time.Duration.ofMinutes(10), java.time.Instant.now());
    }

    /**
     * Removes the work directories of runs that died (a crash, a {@code kill -9}), except those of
     * recordings being processed now; a host calls it at start-up, before its workers start.
     *
     * @param inUse whether a recording's run is under way (on any instance sharing the folder)
     * @return how many directories were removed
     */
    public int removeLeftoverWorkDirectories(Predicate<String> inUse) {
        return WorkDirectory.removeLeftovers(workDirectory, inUse);
    }
}
