package io.callpipeline.core.response;

import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.transcription.Transcript;
import java.util.Objects;

/**
 * What the responder knows about a call: its transcript, when known who called, and what the CRM knows
 * of the caller from earlier calls.
 *
 * @param transcript the transcript that passed the gibberish check, without the stretches it judged
 *                   invented (see {@link #of})
 * @param call       call details, or {@code null} when the source could not give them
 * @param history    the caller's earlier calls and confirmed details; empty when none are known
 */
public record ResponseRequest(Transcript transcript, CallDetails call, CallerHistory.History history) {

    public ResponseRequest {
        Objects.requireNonNull(transcript, "transcript");
        history = history == null ? CallerHistory.History.EMPTY : history;
    }

    /** A request with no history. */
    public ResponseRequest(Transcript transcript, CallDetails call) {
        this(transcript, call, CallerHistory.History.EMPTY);
    }

    /** The same request with the caller's history. */
    public ResponseRequest withHistory(CallerHistory.History history) {
        return new ResponseRequest(transcript, call, history);
    }

    /**
     * The request for a checked call: a stretch the transcriber invented (a "תודה שצפיתם" after the
     * caller hung up) stays in the record, marked, but the responder never reads it, so it cannot
     * turn into a lead detail or a reply to something nobody said.
     *
     * @param verdict the guard's verdict on {@code transcript}, or {@code null} when there is none
     */
    public static ResponseRequest of(Transcript transcript, GibberishVerdict verdict, CallDetails call) {
        return new ResponseRequest(verdict == null ? transcript : transcript.withoutSegments(verdict.hallucinatedSegments()),
                call);
    }
}
