package io.callpipeline.core.gibberish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled corpus in {@code gibberish-corpus.jsonl}: realistic Hebrew call transcripts and
 * gibberish of every kind the guard must catch, written for this project. Segments, when present,
 * are {@code [start, end, text, avg_logprob, no_speech_prob, compression_ratio]}.
 */
final class GibberishCorpus {

    /** One labelled transcript. */
    record Item(boolean gibberish, String kind, Transcript transcript, List<Integer> hiddenSegments) {
        @Override
        public String toString() {
            return kind + ": " + transcript.text();
        }
    }

    private GibberishCorpus() {
    }

    static List<Item> load() {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GibberishCorpus.class.getResourceAsStream("gibberish-corpus.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    items.add(item(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static final ScriptAwareLanguageIdentifier IDENTIFIER = new ScriptAwareLanguageIdentifier();

    private static Item item(JsonNode node) {
        List<TranscriptSegment> segments = new ArrayList<>();
        for (JsonNode s : node.path("segments")) {
            segments.add(new TranscriptSegment(s.get(0).asDouble(), s.get(1).asDouble(), s.get(2).asText(),
                    s.get(3).asDouble(), s.get(4).asDouble(), s.get(5).asDouble()));
        }
        List<Integer> hidden = new ArrayList<>();
        node.path("hidden").forEach(h -> hidden.add(h.asInt()));
        String text = node.get("text").asText();
        // as the pipeline hands it to the guard: with the language its text shows
        Transcript transcript = new Transcript("he", text, segments, "whisper-1", null)
                .inLanguage(IDENTIFIER.identify(text).code());
        return new Item("gibberish".equals(node.get("label").asText()), node.get("kind").asText(), transcript, hidden);
    }
}
