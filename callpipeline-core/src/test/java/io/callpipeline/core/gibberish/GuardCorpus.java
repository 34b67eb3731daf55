package io.callpipeline.core.gibberish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.transcription.Transcript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The guard's corpus of shapes ({@code guard-corpus.jsonl}): real calls in seven languages and
 * code-switched, and Whisper's inventions by shape and language, each with its source, split once
 * into a development part (the rules may be written against it) and a held-back part (scored only
 * to report; a rule written after looking at a held-back miss moves that row to development).
 */
final class GuardCorpus {

    /** One labelled row. */
    record Row(boolean invention, String language, String shape, boolean heldBack, String source, String text) {
        /** The transcript as the pipeline hands it to the guard: with the language its text shows. */
        Transcript transcript() {
            return AsThePipelineJudges.transcript(text);
        }
    }

    /** How the guard did on a group of rows. */
    record Score(int calls, int falsePositives, int inventions, int caught) {
        double recall() {
            return inventions == 0 ? 1.0 : (double) caught / inventions;
        }

        double falsePositiveRate() {
            return calls == 0 ? 0.0 : (double) falsePositives / calls;
        }

        Score plus(Row row, boolean judgedGibberish) {
            return row.invention()
                    ? new Score(calls, falsePositives, inventions + 1, caught + (judgedGibberish ? 1 : 0))
                    : new Score(calls + 1, falsePositives + (judgedGibberish ? 1 : 0), inventions, caught);
        }

        @Override
        public String toString() {
            return String.format("calls %d, false positives %d (%.3f); inventions %d, caught %d (recall %.3f)",
                    calls, falsePositives, falsePositiveRate(), inventions, caught, recall());
        }
    }

    private GuardCorpus() {
    }

    static List<Row> load() {
        return load("guard-corpus.jsonl");
    }

    /** The rows of a corpus file of the same shape (the second held-back set is one of its own). */
    static List<Row> load(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GuardCorpus.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    rows.add(new Row("invention".equals(n.get("label").asText()), n.get("language").asText(),
                            n.get("shape").asText(), "held-back".equals(n.get("part").asText()), n.get("source").asText(),
                            n.get("text").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Scores of the rows by {@code key}, with the misses printed for the reader. */
    static Map<String, Score> score(List<Row> rows, GibberishDetector guard, Function<Row, String> key, List<String> misses) {
        Map<String, Score> scores = new TreeMap<>();
        for (Row row : rows) {
            GibberishVerdict verdict = guard.check(row.transcript());
            boolean judged = verdict.gibberish();
            scores.merge(key.apply(row), new Score(0, 0, 0, 0).plus(row, judged),
                    (a, b) -> new Score(a.calls() + b.calls(), a.falsePositives() + b.falsePositives(),
                            a.inventions() + b.inventions(), a.caught() + b.caught()));
            if (judged != row.invention()) {
                misses.add((row.invention() ? "missed " : "false positive ") + row.language() + "/" + row.shape()
                        + " [" + verdict.reasonCode() + "]: " + row.text());
            }
        }
        return scores;
    }
}
