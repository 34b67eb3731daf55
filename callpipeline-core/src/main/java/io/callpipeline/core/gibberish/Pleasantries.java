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
}
