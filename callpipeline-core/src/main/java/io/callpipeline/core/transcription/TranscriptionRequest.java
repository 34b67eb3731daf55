package io.callpipeline.core.transcription;

import io.callpipeline.core.recording.AudioFile;
import java.util.Objects;

/**
 * What to transcribe and in which language.
 *
 * @param audio    the downloaded recording
 * @param language ISO-639-1 code; {@code he} for the calls this project was built for; {@code null}
 *                 to let the transcriber detect it (the second pass of a call that is not in Hebrew)
 */
public record TranscriptionRequest(AudioFile audio, String language) {

    public TranscriptionRequest {
        Objects.requireNonNull(audio, "audio");
    }
}
