package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole phrases, each with what it means, found in a transcript's words by their first word: a wrap-up ("на сегодня
 * всё") or an ending's idea said in words that are every caller's one by one ("кто был с нами", "if you haven't").
 * A transcript holds few phrases' first words, so most words cost one lookup.
 *
 * @param <M> what a phrase means: nothing for a wrap-up, an ending's idea for {@link EndingPhrases}
 */
final class PhraseIndex<M> {

    /** A phrase found: what it means, and the words it stands on ({@code from} inclusive, {@code to} exclusive). */
    record Found<M>(M meaning, String phrase, int from, int to) {
    }

    private record Phrase<M>(M meaning, List<String> words, String text) {
    }

    private final Map<String, List<Phrase<M>>> byFirstWord = new HashMap<>();

    /** Adds a phrase, read as transcripts are ({@link NumberWords#key}: "всё" as "все"). */
    void add(M meaning, String phrase) {
        List<String> words = TranscriptFeatures.wordsOf(phrase).stream().map(NumberWords::key).toList();
        if (!words.isEmpty()) {
            byFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>())
                    .add(new Phrase<>(meaning, words, String.join(" ", words)));
        }
    }

    /** The phrases in the words, where they stand; none (an empty list) for most transcripts. */
    List<Found<M>> in(List<String> words) {
        List<Found<M>> found = List.of();
        List<String> keys = null; // most transcripts hold no phrase's first word: read only when one does
        for (int i = 0; i < words.size(); i++) {
            List<Phrase<M>> phrases = byFirstWord.get(NumberWords.key(words.get(i)));
            if (phrases == null) {
                continue;
            }
            keys = keys != null ? keys : words.stream().map(NumberWords::key).toList();
            for (Phrase<M> phrase : phrases) {
                int end = i + phrase.words().size();
                if (end <= keys.size() && keys.subList(i, end).equals(phrase.words())) {
                    found = found.isEmpty() ? new ArrayList<>() : found;
                    found.add(new Found<>(phrase.meaning(), phrase.text(), i, end));
                }
            }
        }
        return found;
    }
}
