package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A short transcript that opens on a phrase and, close after it, a word of the same shape: "with this | we close",
 * "and that's how you | make", "you've been watching | the programme". Several presenters' shapes are read this way,
 * each with its own words and limits, so the reading is written once: a shape's file names, in its first column, the
 * opening phrases, the words that complete them and the words that excuse the transcript (a deal, a contract), in its
 * second the language and in its third the phrase or words; an opening may say in a fourth that it stands
 * {@code alone} ("and there you have it") or that a {@code title} written with a capital completes it ("You've been
 * watching Evening Property Hour"). Whether a caller asks or counts is each reading's own question.
 */
final class OpeningThenWord {

    /** What completes an opening phrase. */
    private enum Completed { BY_A_WORD, ALONE, BY_A_WORD_OR_A_TITLE }

    private final PhraseIndex<Completed> openings = new PhraseIndex<>();
    private final Set<String> completing = new HashSet<>();
    private final Set<String> excusing = new HashSet<>();
    private final int openingWithin;
    private final int maxOpeningWords;
    private final int completedWithin;

    /**
     * Reads {@code file}, whose first column is one of {@code kinds}: the opening, the completing and the excusing
     * kind, in that order. The opening starts among the first {@code openingWithin} words and is at most {@code
     * maxOpeningWords} long; the completing word stands within {@code completedWithin} words after it.
     */
    OpeningThenWord(String file, List<String> kinds, int openingWithin, int maxOpeningWords, int completedWithin) {
        this.openingWithin = openingWithin;
        this.maxOpeningWords = maxOpeningWords;
        this.completedWithin = completedWithin;
        for (String[] columns : WordLists.rows(file)) {
            int kind = kinds.indexOf(columns[0]);
            switch (kind) {
                case 0 -> openings.add(columns.length < 4 ? Completed.BY_A_WORD
                        : columns[3].equals("alone") ? Completed.ALONE : Completed.BY_A_WORD_OR_A_TITLE, columns[2]);
                case 1 -> WordLists.addLookupForms(completing, columns[2]);
                case 2 -> WordLists.addLookupForms(excusing, columns[2]);
                default -> throw new IllegalStateException(file + " names no kind " + columns[0]);
            }
        }
    }

    /**
     * Where the words after an opening phrase start, if one starts among the first words and is completed (alone, by a
     * completing word close after it, or by a title where {@code capitalised} holds of the word right after it); -1
     * if none is.
     */
    int opens(List<String> words, IntPredicate capitalised) {
        // the opening phrase starts the transcript: only its first words are looked up
        List<String> opening = words.subList(0, Math.min(words.size(), openingWithin + maxOpeningWords));
        for (PhraseIndex.Found<Completed> found : openings.startingWithin(opening, openingWithin)) {
            if (found.meaning() == Completed.ALONE || found.meaning() == Completed.BY_A_WORD_OR_A_TITLE
                    && found.to() < words.size() && capitalised.test(found.to())) {
                return found.to();
            }
            for (int i = found.to(); i < Math.min(words.size(), found.to() + completedWithin); i++) {
                if (completing.contains(NumberWords.key(words.get(i)))) {
                    return found.to();
                }
            }
        }
        return -1;
    }

    /** The words but the completing ones: what else the transcript says ("die Sendung" sends nothing). */
    List<String> besidesTheShape(List<String> words) {
        return words.stream().filter(w -> !completing.contains(NumberWords.key(w))).toList();
    }

    /** Whether any word excuses the transcript. */
    boolean excused(List<String> words) {
        return words.stream().anyMatch(w -> excusing.contains(NumberWords.key(w)));
    }
}
