package io.callpipeline.elevenlabs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.audio.TranscriptionInParts.Piece;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scribe's answer read into the pipeline's terms: {@code words} (of type {@code word}, {@code spacing} or
 * {@code audio_event}, each with {@code start}, {@code end}, {@code speaker_id} and {@code logprob}) become the
 * transcript's words, and each run of one speaker's words, with the spacing between them, a segment.
 */
final class ElevenLabsAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ElevenLabsAnswer() {
    }

    static Piece read(JsonNode answer) {
        if (answer == null || !answer.path("text").isTextual()) {
            throw new PermanentProcessingException(ReasonCode.PROVIDER_REJECTED,
                    "elevenlabs answered the transcription without a text");
        }
        List<TranscriptWord> words = new ArrayList<>();
        List<TranscriptSegment> segments = new ArrayList<>();
        Turn turn = null;
        for (JsonNode item : answer.path("words")) {
            String type = item.path("type").asText("word");
            if ("audio_event".equals(type)) {
                continue;
            }
            String speaker = item.path("speaker_id").asText("");
            if ("word".equals(type)) {
                words.add(new TranscriptWord(item.path("text").asText(), item.path("start").asDouble(),
                        item.path("end").asDouble()));
                if (turn != null && !turn.speaker.equals(speaker)) {
                    segments.add(turn.segment());
                    turn = null;
                }
                if (turn == null) {
                    turn = new Turn(speaker, item.path("start").asDouble());
                }
                turn.word(item);
            } else if (turn != null) {
                turn.text.append(item.path("text").asText());
            }
        }
        if (turn != null) {
            segments.add(turn.segment());
        }
        Double duration = words.isEmpty() ? null : words.get(words.size() - 1).end();
        return new Piece(answer.path("text").asText(), segments, words, duration);
    }

    /** The {@code detail.status} (or {@code detail.message}) of an error answer, or {@code null}: never the audio's words. */
    static String errorStatus(String body) {
        try {
            JsonNode detail = JSON.readTree(Objects.requireNonNullElse(body, "")).path("detail");
            String status = detail.path("status").asText(null);
            return status != null ? status : detail.isArray() ? "invalid request" : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** One speaker's run of words. */
    private static final class Turn {
        private final String speaker;
        private final double start;
        private final StringBuilder text = new StringBuilder();
        private double end;
        private double logprobs;
        private int scored;

        Turn(String speaker, double start) {
            this.speaker = speaker;
            this.start = start;
        }

        void word(JsonNode item) {
            text.append(item.path("text").asText());
            end = item.path("end").asDouble();
            if (item.path("logprob").isNumber()) {
                logprobs += item.path("logprob").asDouble();
                scored++;
            }
        }

        TranscriptSegment segment() {
            return new TranscriptSegment(start, end, text.toString().strip(), scored == 0 ? null : logprobs / scored,
                    null, null);
        }
    }
}
