package io.callpipeline.core.response;

import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.transcription.Transcript;
import java.util.Objects;

/**
 * What the responder knows about a call: its transcript and, when known, who called.
 *
 * @param transcript the transcript that passed the gibberish check
 * @param call       call details, or {@code null} when the source could not give them
 */
public record ResponseRequest(Transcript transcript, CallDetails call) {

    public ResponseRequest {
        Objects.requireNonNull(transcript, "transcript");
    }
}
