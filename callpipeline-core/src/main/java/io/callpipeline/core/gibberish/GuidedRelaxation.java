package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A guide's orders to the listener's body ("Let your shoulders drop, and soften your jaw", "Relaja los hombros y suelta
 * la mandíbula", "Расслабьте лицо и опустите плечи"): a guided relaxation's or a sleep meditation's. The ending's
 * phrases ({@code ending-phrases.tsv}: "close your eyes", "relax your shoulders") reach the orders written; here an order
 * and a part of the body are read apart, so any order said of any part counts. Two such, or one beside a breath or a
 * relaxation the phrases list, are a guide's; a caller speaks of his own or his family's body, which {@code own} words
 * beside it say, and of what he asks, a day or a number. The words are in {@code guided-relaxation.tsv}.
 */
final class GuidedRelaxation {

    private static final Map<String, Set<String>> KINDS = new HashMap<>();

    static {
        for (String[] columns : WordLists.rows("guided-relaxation.tsv")) {
            KINDS.computeIfAbsent(columns[0], k -> new HashSet<>()).addAll(List.of(WordLists.words(columns[2])));
        }
    }

    private static final Set<String> BODY = KINDS.get("body");
    private static final Set<String> ORDER = KINDS.get("order");
    private static final Set<String> OWN = KINDS.get("own");

    /** The ending's ideas a guide's words are made of: a breath in, a breath out, an order to let go. */
    private static final Set<Idea> GUIDES = EnumSet.of(Idea.INHALE, Idea.EXHALE, Idea.RELAX);

    /** How far before the part of the body its order stands ("let | your whole | body"). */
    private static final int ORDER_WITHIN = 3;

    /** How far from the part of the body a word of its owner stands ("my back", "his shoulder", "כואבות לי הכתפיים"). */
    private static final int OWNER_WITHIN = 2;

    /** What a guide's words hold at least: two orders, or an order beside a breath or a listed relaxation. */
    private static final int MIN_GUIDANCE = 2;

    /** A transcript this long at most is read whole; a longer one is read in pieces ({@link InventionsInARowRule}). */
    private static final int MAX_WORDS = 40;

    /** Hebrew's letters that may be written onto a word ("and", "to", "the"): "ללסת", "ולכתפיים". */
    private static final String HEBREW_PREFIXES = "ולהב";

    private GuidedRelaxation() {
    }

    /** Whether the transcript is a guide's orders to the listener's body and nothing of a caller's. */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        String text = t.transcript().text();
        if (words.size() > MAX_WORDS || words.stream().noneMatch(GuidedRelaxation::isBody)
                || CallerWords.asksArrangesOrCounts(text, words) || CallerWords.anyIn(words)) {
            return false;
        }
        List<PhraseIndex.Found<Idea>> phrases = EndingPhrases.in(words).stream()
                .filter(f -> GUIDES.contains(f.meaning())).toList();
        BitSet listed = PhraseIndex.where(phrases);
        int guidance = phrases.size();
        for (int i = 0; i < words.size(); i++) {
            if (!isBody(words.get(i))) {
                continue;
            }
            if (ownedBySomeone(words, i)) {
                return false; // "my back", "his shoulder": a caller's or his family's body
            }
            if (!listed.get(i) && orderedBefore(words, i)) {
                guidance++;
            }
        }
        return guidance >= MIN_GUIDANCE;
    }

    /** Whether the word names a part of the body, in Hebrew with a prefix written onto it too. */
    private static boolean isBody(String word) {
        if (BODY.contains(word)) {
            return true;
        }
        for (int p = 0; p < 2 && p < word.length() - 2 && HEBREW_PREFIXES.indexOf(word.charAt(p)) >= 0; p++) {
            if (BODY.contains(word.substring(p + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an order stands within {@value #ORDER_WITHIN} words before the part of the body at {@code at}. */
    private static boolean orderedBefore(List<String> words, int at) {
        return WordsBetween.anyBefore(words, at, ORDER_WITHIN, ORDER);
    }

    /** Whether a word of an owner other than the listener stands beside the part of the body at {@code at}. */
    private static boolean ownedBySomeone(List<String> words, int at) {
        for (int j = Math.max(0, at - OWNER_WITHIN); j <= Math.min(words.size() - 1, at + OWNER_WITHIN); j++) {
            if (OWN.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }
}
