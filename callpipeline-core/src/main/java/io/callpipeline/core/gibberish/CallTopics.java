package io.callpipeline.core.gibberish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a call to an estate agent is about (the flat, its rooms, its price, its street), in the
 * languages of Israel's callers, from {@code call-topics.tsv}. Whisper's inventions are learnt from
 * videos and never name a flat's kitchen; a short goodbye that does ("спасибо за просмотр квартиры",
 * "thanks, we watched the flat's video, see you Sunday") is the caller's. Used only to keep a call
 * from being judged an invention, never to judge one.
 */
final class CallTopics {

    /** "apartments", "квартирой", "mieszkaniem": an ending, not another word. */
    private static final int MAX_ENDING = 4;

    private static final StemSet TOPICS = load();

    private CallTopics() {
    }

    /** Whether any of the words is about the property. */
    static boolean anyIn(List<String> words) {
        return TOPICS.anyIn(words);
    }

    private static StemSet load() {
        StemSet stems = new StemSet(MAX_ENDING);
        try (InputStream in = CallTopics.class.getResourceAsStream("call-topics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("call-topics.tsv is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String stem : line.split("\t")[1].strip().split(" +")) {
                    stems.add(TranscriptFeatures.normalize(stem));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read call-topics.tsv", e);
        }
        return stems;
    }
}
