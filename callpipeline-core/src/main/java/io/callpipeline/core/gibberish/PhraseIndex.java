package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        List<String> words = keysOf(phrase);
        if (!words.isEmpty()) {
            byFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>())
                    .add(new Phrase<>(meaning, words, String.join(" ", words)));
            int opening = letterPair(words.get(0), 0);
            if (opening >= 0) {
                prefixedOpenings.set(opening);
            }
        }
    }

    /** A phrase's words as they are looked up ({@link NumberWords#key}). */
    private static List<String> keysOf(String phrase) {
        return TranscriptFeatures.wordsOf(phrase).stream().map(NumberWords::key).toList();
    }

    /** A phrase's text as a {@link Found} names it: its words as they are looked up, one space between. */
    static String textOf(String phrase) {
        return String.join(" ", keysOf(phrase));
    }

    /** The Hebrew and Arabic blocks, where a word's first two letters are told apart by a bit each pair. */
    private static final int BLOCKS_FROM = 0x0590;
    private static final int BLOCKS_SPAN = 0x0700 - BLOCKS_FROM;

    /**
     * The first two letters of the phrases' Hebrew and Arabic first words: a word's letters after its prefixes are
     * looked up only where they open one, so most words cost no lookup more ({@link #startingAt}).
     */
    private final BitSet prefixedOpenings = new BitSet();

    /** The pair of letters at {@code at} in the Hebrew and Arabic blocks as one number, or -1 for any other. */
    private static int letterPair(String word, int at) {
        if (at + 1 >= word.length()) {
            return -1;
        }
        int first = word.charAt(at) - BLOCKS_FROM;
        int second = word.charAt(at + 1) - BLOCKS_FROM;
        return first < 0 || first >= BLOCKS_SPAN || second < 0 || second >= BLOCKS_SPAN ? -1
                : first * BLOCKS_SPAN + second;
    }

    /** The words last looked up on this thread and their keys: the rules ask of one transcript's words in turn. */
    private static final ThreadLocal<KeysOf> LAST_KEYS = new ThreadLocal<>();

    private record KeysOf(List<String> words, List<String> keys) {
    }

    /**
     * The words as they are looked up ({@link NumberWords#key}), read once for the same list however many indexes ask
     * (the ending's phrases, wrap-ups, milestones, advertisements read a transcript's words one after another).
     */
    private static List<String> keysOf(List<String> words) {
        KeysOf last = LAST_KEYS.get();
        if (last != null && last.words() == words && last.keys().size() == words.size()) {
            return last.keys();
        }
        List<String> keys = new ArrayList<>(words.size());
        for (String word : words) {
            keys.add(NumberWords.key(word));
        }
        LAST_KEYS.set(new KeysOf(words, keys));
        return keys;
    }

    /** Where the phrases found stand in the words: the indexes of their words, none when none was found. */
    static BitSet where(Collection<? extends Found<?>> found) {
        BitSet at = new BitSet();
        found.forEach(phrase -> at.set(phrase.from(), phrase.to()));
        return at;
    }

    /** The phrases in the words, where they stand; none (an empty list) for most transcripts. */
    List<Found<M>> in(List<String> words) {
        return startingWithin(words, words.size());
    }

    /** The phrases that start among the first {@code opening} words, where they stand. */
    List<Found<M>> startingWithin(List<String> words, int opening) {
        List<Found<M>> found = List.of();
        List<String> keys = keysOf(words);
        for (int i = 0; i < Math.min(opening, words.size()); i++) {
            List<Phrase<M>> phrases = startingAt(keys.get(i));
            if (phrases == null) {
                continue;
            }
            for (Phrase<M> phrase : phrases) {
                int end = i + phrase.words().size();
                // the first word matched by its key, bare or after its prefixes
                if (end <= keys.size()
                        && keys.subList(i + 1, end).equals(phrase.words().subList(1, phrase.words().size()))) {
                    found = found.isEmpty() ? new ArrayList<>() : found;
                    found.add(new Found<>(phrase.meaning(), phrase.text(), i, end));
                }
            }
        }
        return found;
    }

    /** At most this many letters Hebrew or Arabic joins before a phrase's first word ("ובפרקים", "فنعود", "وبال"). */
    private static final int MAX_PREFIX = 3;

    /**
     * Hebrew's "that" (ש), a prefix that makes what follows the speaker's report ("ראיתי שהסרטון בחסות…", I saw that
     * the video is sponsored by…), so no phrase is read after it unless the list writes it so ("שהיה איתנו").
     */
    private static final char THAT = 'ש';

    /**
     * The phrases whose first word the key is, or is after the prefixes Hebrew and Arabic join to it ("ובפרקים
     * הקודמים", "وبعد الفاصل": "and" joined to "in the previous episodes", "after the break"), as every word list
     * reads them ({@link StemSet}) but for {@link #THAT}; what is left of the word is a word of three letters at
     * least. Null for most words.
     */
    private List<Phrase<M>> startingAt(String key) {
        List<Phrase<M>> phrases = byFirstWord.get(key);
        if (phrases != null || key.length() <= StemSet.MIN_STEM || !StemSet.joinsPrefixes(key)) {
            return phrases;
        }
        for (int p = 1; p <= MAX_PREFIX && key.length() - p >= StemSet.MIN_STEM
                && StemSet.isPrefixLetter(key.charAt(p - 1)) && key.charAt(p - 1) != THAT; p++) {
            int opening = letterPair(key, p);
            phrases = opening >= 0 && prefixedOpenings.get(opening) ? byFirstWord.get(key.substring(p)) : null;
            if (phrases != null) {
                return phrases;
            }
        }
        return null;
    }

    /**
     * The words where none of the phrases found stands ({@code found}, their words' indexes): what is said beside a
     * wrap-up or a subject. All of them when none was found.
     */
    static List<String> outside(List<String> words, BitSet found) {
        return found.isEmpty() ? words
                : IntStream.range(0, words.size()).filter(i -> !found.get(i)).mapToObj(words::get).toList();
    }
}
