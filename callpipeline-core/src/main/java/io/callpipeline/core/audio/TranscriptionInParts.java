package io.callpipeline.core.audio;

import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import io.callpipeline.core.transcription.TranscriptionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recording transcribed through a provider's upload limit: cut into parts under the limit, each part sent
 * by the adapter, the parts' texts joined and their segments and words moved onto the whole recording's
 * timeline, the parts' files deleted whatever happens. The same for every speech provider, so an adapter
 * only says how one part is sent and read.
 */
public final class TranscriptionInParts {

    private static final Logger log = LoggerFactory.getLogger(TranscriptionInParts.class);

    private final AudioSplitter splitter = new AudioSplitter();
    private final long maxUploadBytes;
    private final String model;

    /**
     * @param maxUploadBytes the largest file the provider takes in one request
     * @param model          the model named on the transcript
     */
    public TranscriptionInParts(long maxUploadBytes, String model) {
        this.maxUploadBytes = maxUploadBytes;
        this.model = Objects.requireNonNull(model, "model");
    }

    /** How one part is transcribed: what a provider's adapter supplies. */
    @FunctionalInterface
    public interface PartTranscriber {

        /**
         * @param language the request's language hint, or {@code null}
         * @throws io.callpipeline.core.CallPipelineException typed, as {@link Transcriber#transcribe} throws
         */
        Piece transcribe(AudioPart part, String language);
    }

    /**
     * What a provider said of one part, its times from the part's own start.
     *
     * @param duration the part's length as the provider measured it, or {@code null}
     */
    public record Piece(String text, List<TranscriptSegment> segments, List<TranscriptWord> words, Double duration) {

        public Piece {
            text = text == null ? "" : text;
            segments = segments == null ? List.of() : List.copyOf(segments);
            words = words == null ? List.of() : List.copyOf(words);
        }

        /** A part's text alone, from a provider that gives no times. */
        public static Piece text(String text) {
            return new Piece(text, List.of(), List.of(), null);
        }
    }

    public Transcript transcribe(TranscriptionRequest request, PartTranscriber parts) {
        AudioFile audio = request.audio();
        List<AudioPart> split = splitter.split(audio, maxUploadBytes, audio.path().getParent());
        try {
            StringBuilder text = new StringBuilder();
            List<TranscriptSegment> segments = new ArrayList<>();
            List<TranscriptWord> words = new ArrayList<>();
            Double duration = 0.0;
            for (AudioPart part : split) {
                Piece piece = parts.transcribe(part, request.language());
                if (!piece.text().isBlank()) {
                    text.append(text.isEmpty() ? "" : " ").append(piece.text().strip());
                }
                piece.segments().forEach(s -> segments.add(s.shiftedBy(part.offsetSeconds())));
                piece.words().forEach(w -> words.add(new TranscriptWord(w.text(), w.start() + part.offsetSeconds(),
                        w.end() + part.offsetSeconds())));
                Double partSeconds = part.durationSeconds() != null ? part.durationSeconds() : piece.duration();
                duration = duration == null || partSeconds == null ? null : duration + partSeconds;
            }
            log.debug("Transcribed {} in {} part(s) with {}", audio.path().getFileName(), split.size(), model);
            return new Transcript(request.language(), text.toString(), segments, model, duration).withWords(words);
        } finally {
            split.stream().map(AudioPart::path).filter(p -> !p.equals(audio.path())).forEach(TranscriptionInParts::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete audio part {}: {}", path, e.toString());
        }
    }
}
