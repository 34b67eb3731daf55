package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;

/**
 * The words thanks, wishes, greetings, goodbyes and apologies are made of, from {@code pleasantries.tsv}:
 * Whisper writes them over silence in combinations no phrase list keeps up with ("thanks so much everyone",
 * "have a great day", "בהצלחה לכולם", "Всем хорошего дня"), and a transcript made of nothing else says nothing
 * a call could be about. {@link HallucinationPhraseRule} decides when that is the whole of it.
 */
final class Pleasantries {

    private static final Set<String> WORDS = WordLists.lookupForms("pleasantries.tsv");

    private Pleasantries() {
    }

    /** Whether every one of the words is a pleasantry's (a Hebrew ו or an Arabic و before it read as "and"). */
    static boolean allOf(List<String> words) {
        for (String word : words) {
            if (!isOne(word)) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /** Whether the word is a pleasantry's ("thank", "much", "всем"; "וביי" too, its "and" written onto it). */
    static boolean isOne(String word) {
        String key = NumberWords.key(word);
        return WORDS.contains(key) || startsWithAnd(key) && WORDS.contains(key.substring(1));
    }

    /** Whether the word opens with a Hebrew ו or an Arabic و that reads as "and" before another word. */
    static boolean startsWithAnd(String word) {
        return word.length() > 2 && (word.charAt(0) == 'ו' || word.charAt(0) == 'و');
    }

    /**
     * Whether the words between two are nothing but little words, pleasantries and the audience ("ברוכים הבאים
     * לערוץ", "welcome to my vlog", "Всем привет, добро пожаловать на мой канал"): a welcome that goes on to the video
     * it welcomes to, where a caller's hello goes on in his own words ("مرحبا، شاهدت فيديو الشقة").
     */
    static boolean onlyBetween(List<String> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String word = words.get(k);
            if (word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD && !isOne(word)
                    && !CallersOwnWords.addressesTheAudience(word)
                    && !EndingWords.carries(word, EndingWords.Idea.AUDIENCE)) {
                return false;
            }
        }
        return true;
    }
}
