package io.callpipeline.core.gibberish;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Word starts to look for in a transcript's words: at a word's start in scripts that write words
 * apart, followed by no more than a few letters (an ending, not another word: Romanian "joi" is
 * Thursday, "joining" is not), after a word's prefixes in Hebrew, Arabic and Persian, which join
 * them ("ב", "ו", "ال") to the word. A few dozen set lookups a word, however many stems there are.
 */
final class StemSet {

    /** A stem shorter than this would stand for too many other words. */
    static final int MIN_STEM = 3;
    /**
     * Ethiopic writes a consonant and its vowel as one letter, so two of them are a word as long as another script's
     * three or four ("ቤት", house; "ዋጋ", price; "ሼር", share): Amharic's two-letter stems were dropped before.
     */
    private static final int MIN_ETHIOPIC_STEM = 2;

    /**
     * The letters Hebrew and Arabic join to a word's front: Hebrew's ו, ה, ב, כ, ל, מ, ש ("ובשבת", "שהדירה"), Arabic's
     * و, ف, ب, ك, ل, the future's س, the article ال ("وبالشقة") and the spoken ع of "على" ("عالبناية"). A stem found
     * after other letters is inside another word: "שבת" (the sabbath) in "הקשבתם" (you listened) or "חשבתי" (I
     * thought) names no day.
     */
    private static final String PREFIX_LETTERS = "והבכלמש" + "وفبكلساع";
    /** At most this many prefixes before a stem ("וכשה", "وبال"). */
    private static final int MAX_PREFIX = 4;

    private final int maxEnding;
    private final Set<String> whole = new HashSet<>();
    private final Set<String> atStart = new HashSet<>();
    private final Set<String> anywhere = new HashSet<>();
    /** Stems that count only after a whole word, by that word ("на" before "просмотр"). */
    private final Map<String, StemSet> after = new HashMap<>();
    private int longest;

    /** @param maxEnding how many letters may follow a stem found at a word's start */
    StemSet(int maxEnding) {
        this.maxEnding = maxEnding;
    }

    /**
     * The stems of a tab-separated word list shipped beside this class: one line per kind and language,
     * its stems in the last column, separated by spaces; lines starting with "#" are comments.
     */
    static StemSet load(String resource, int maxEnding) {
        return of(WordLists.rows(resource), maxEnding, columns -> true);
    }

    /**
     * The stems of the list's rows, read once ({@link WordLists#rows}), that {@code keep} keeps: a list of several
     * kinds ("caller-words.tsv") gives a set per kind without reading it again.
     */
    static StemSet of(List<String[]> rows, int maxEnding, Predicate<String[]> keep) {
        StemSet stems = new StemSet(maxEnding);
        for (String[] columns : rows) {
            if (!keep.test(columns)) {
                continue;
            }
            for (String stem : WordLists.words(columns[columns.length - 1])) {
                String whole = WordLists.wholeWord(stem); // "=посмотрел": not "посмотрели", also "you watched"
                String[] pair = WordLists.pair(stem); // "на+просмотр": a viewing to go to, not "за просмотр"
                if (pair != null) {
                    // a second word too short to be a stem is that word whole ("jai+vu", J'ai vu)
                    StemSet second = stems.after.computeIfAbsent(
                            TranscriptFeatures.normalize(pair[0]).toLowerCase(Locale.ROOT), first -> new StemSet(maxEnding));
                    String next = TranscriptFeatures.normalize(pair[1]);
                    if (next.length() < minStem(next)) {
                        second.addWhole(next);
                    } else {
                        second.add(next);
                    }
                } else if (whole != null) {
                    stems.whole.add(TranscriptFeatures.normalize(whole).toLowerCase(Locale.ROOT));
                } else {
                    stems.add(TranscriptFeatures.normalize(stem));
                }
            }
        }
        return stems;
    }

    /** The stems of one kind of a list whose first column names the kind ("website-pointers.tsv"'s "site"). */
    static StemSet ofKind(List<String[]> rows, int maxEnding, String kind) {
        return of(rows, maxEnding, columns -> kind.equals(columns[0]));
    }

    /** Whether the word holds a stem. */
    boolean has(String word) {
        return holds(word.toLowerCase(Locale.ROOT));
    }

    /** Adds a word found only whole (lower-cased), none of its own word's letters more. */
    void addWhole(String word) {
        whole.add(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds a stem (lower-cased); one shorter than {@value #MIN_STEM} letters ({@value #MIN_ETHIOPIC_STEM} in Ethiopic)
     * is ignored.
     */
    void add(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.length() < minStem(lower)) {
            return;
        }
        (joinsPrefixes(lower) ? anywhere : atStart).add(lower);
        longest = Math.max(longest, lower.length());
    }

    private static int minStem(String word) {
        return !word.isEmpty() && word.charAt(0) >= 0x1200 && word.charAt(0) <= 0x137F ? MIN_ETHIOPIC_STEM : MIN_STEM;
    }

    /** Whether any of the words holds a stem, or two of them in a row a pair's. */
    boolean anyIn(List<String> words) {
        return words.stream().anyMatch(w -> holds(w.toLowerCase(Locale.ROOT))) || pairIn(words);
    }

    private boolean pairIn(List<String> words) {
        for (int i = 0; i + 1 < words.size() && !after.isEmpty(); i++) {
            if (pairAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} and the next are a pair's ("на" and "просмотр…"). */
    private boolean pairAt(List<String> words, int i) {
        StemSet next = i + 1 < words.size() ? after.get(words.get(i).toLowerCase(Locale.ROOT)) : null;
        return next != null && next.holds(words.get(i + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the word at {@code i} holds a stem, or it and the next word a pair's. */
    boolean heldAt(List<String> words, int i) {
        return holds(words.get(i).toLowerCase(Locale.ROOT)) || pairAt(words, i);
    }

    /** How many of the words hold a stem (a pair's are not counted: no list that is counted has them). */
    long countIn(List<String> words) {
        return words.stream().filter(w -> holds(w.toLowerCase(Locale.ROOT))).count();
    }

    private boolean holds(String word) {
        if (!whole.isEmpty() && whole.contains(word)) {
            return true;
        }
        for (int end = Math.max(minStem(word), word.length() - maxEnding); end <= Math.min(word.length(), longest); end++) {
            if (atStart.contains(word.substring(0, end))) {
                return true;
            }
        }
        if (anywhere.isEmpty() || word.isEmpty() || !joinsPrefixes(word)) {
            return false;
        }
        for (int start = 0; start < word.length(); start++) {
            if (start > 0 && (start > MAX_PREFIX || PREFIX_LETTERS.indexOf(word.charAt(start - 1)) < 0)) {
                return false; // the letters before a stem are its prefixes, or it is inside another word
            }
            for (int end = start + MIN_STEM; end <= Math.min(word.length(), start + longest); end++) {
                if (anywhere.contains(word.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the letter is one Hebrew or Arabic joins to a word's front ({@link #PREFIX_LETTERS}). */
    static boolean isPrefixLetter(char letter) {
        return PREFIX_LETTERS.indexOf(letter) >= 0;
    }

    static boolean joinsPrefixes(String word) {
        UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
        return script == UnicodeScript.HEBREW || script == UnicodeScript.ARABIC;
    }
}
