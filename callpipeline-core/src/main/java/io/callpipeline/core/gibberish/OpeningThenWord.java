package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A short transcript that opens on a phrase and, close after it, a word of the same shape, asking nothing: "with this
 * | we close", "and that's how you | make", "you've been watching | the programme", "my guest today is | a broker".
 * Several presenters' shapes are read this way, each with its own words and limits ({@link OpeningShapes}), so the
 * reading is written once: a shape's file names, in its first column, the opening phrases, the words that complete
 * them and the words that excuse the transcript (a deal, a contract), in its second the language and in its third the
 * phrase or words; an opening may say in a fourth that it stands {@code alone} ("and there you have it") or that a
 * {@code title} written with a capital completes it ("You've been watching Evening Property Hour").
 */
final class OpeningThenWord {

    /** What completes an opening phrase. */
    private enum Completed { BY_A_WORD, ALONE, BY_A_WORD_OR_A_TITLE }

    /** A transcript this long at most: a presenter's few words, not a talk. */
    static final int MAX_WORDS = 16;

    private final PhraseIndex<Completed> openings = new PhraseIndex<>();
    private final Set<String> completing = new HashSet<>();
    private final Set<String> excusing = new HashSet<>();
    private final int openingWithin;
    private final int completedWithin;
    private final boolean completedBefore;

    /**
     * Reads {@code file}, whose first column is one of {@code kinds}: the opening, the completing and the excusing
     * kind, in that order (a shape may have fewer). The opening starts among the first {@code openingWithin} words;
     * the completing word stands within {@code completedWithin} words after it.
     */
    OpeningThenWord(String file, List<String> kinds, int openingWithin, int completedWithin) {
        this(file, kinds, openingWithin, completedWithin, false);
    }

    /**
     * As {@link #OpeningThenWord(String, List, int, int)}, the completing word standing before the opening too where
     * {@code completedBefore}: the audience a lecturer calls before he stops ("Okay Leute, hier hören wir auf").
     */
    OpeningThenWord(String file, List<String> kinds, int openingWithin, int completedWithin, boolean completedBefore) {
        this.completedBefore = completedBefore;
        this.openingWithin = openingWithin;
        this.completedWithin = completedWithin;
        for (String[] columns : WordLists.rows(file)) {
            int kind = kinds.indexOf(columns[0]);
            switch (kind) {
                case 0 -> openings.add(completedBy(file, columns), columns[2]);
                case 1 -> WordLists.addLookupForms(completing, columns[2]);
                case 2 -> WordLists.addLookupForms(excusing, columns[2]);
                default -> throw new IllegalStateException(file + " names no kind " + columns[0]);
            }
        }
    }

    /** What completes an opening row: its fourth column, "alone" or "title", or a completing word where it has none. */
    private static Completed completedBy(String file, String[] columns) {
        if (columns.length < 4) {
            return Completed.BY_A_WORD;
        }
        return switch (columns[3]) {
            case "alone" -> Completed.ALONE;
            case "title" -> Completed.BY_A_WORD_OR_A_TITLE;
            default -> throw new IllegalStateException(file + ": an opening is completed alone or by a title, not by "
                    + columns[3]);
        };
    }

    /**
     * Whether the short transcript ({@value #MAX_WORDS} words at most) opens on the shape, no word excuses it, it asks
     * no question, holds no number and names no day but the homework's, and nothing but the opening and the shape's own
     * words is what a caller asks for or saw or an "I" who tells what he will do ("Sie sahen…" is the audience's
     * watching, not a caller's "I saw", and "die Sendung" sends nothing; "We sit down with the lawyer on Sunday",
     * "Let's leave it there for now, I'll think about it" are a caller's).
     */
    boolean in(TranscriptFeatures t) {
        return in(t, false);
    }

    /**
     * Whether the short transcript opens on the shape ({@link #in(TranscriptFeatures)}) and, where {@code flatExcuses},
     * names no hour and nothing a call is about but in the shape's own words: a shape whose words a caller says of his
     * flat too ("Chers clients, désolé, l'appartement est déjà loué"), where a dance's floor is no flat's ("Everybody
     * on the dance floor").
     */
    boolean in(TranscriptFeatures t, boolean flatExcuses) {
        List<String> words = t.words();
        PhraseIndex.Found<Completed> found = words.size() <= MAX_WORDS ? opening(words, t::writtenCapitalised) : null;
        if (found == null || words.stream().anyMatch(w -> excusing.contains(NumberWords.key(w)))
                || CallerWords.asksOrCounts(t.transcript().text())) {
            return false;
        }
        List<String> besides = new ArrayList<>(words.subList(0, found.from()));
        besides.addAll(words.subList(found.to(), words.size()));
        besides.removeIf(w -> completing.contains(NumberWords.key(w)));
        return !CallerWords.asksOrSawIn(besides)
                && !CallerWords.singularSpeakerIn(besides, t.transcript().language())
                // a day is a caller's meeting, unless it is the homework's ("No olviden hacer la tarea para el jueves")
                && !(MeetingDays.anyIn(besides) && !ScheduledGoodbyes.namesHomework(words))
                && !(flatExcuses && (MeetingDays.hourIn(besides) || CallerWords.topicIn(besides)));
    }

    /**
     * The longest opening phrase that starts among the first words and is completed (alone, by a completing word close
     * after it, or by a title where {@code capitalised} holds of the word right after it); null if none is. The longest,
     * so that an officiant's whole "by the power vested in me, I now pronounce you" is the shape's own words and its
     * "I" no caller's, whichever row a file lists first.
     */
    private PhraseIndex.Found<Completed> opening(List<String> words, IntPredicate capitalised) {
        PhraseIndex.Found<Completed> longest = null;
        // the opening phrase starts the transcript: only phrases starting among its first words are looked for, in
        // the words every reading of this short transcript keys once (PhraseIndex)
        for (PhraseIndex.Found<Completed> found : openings.startingWithin(words, openingWithin)) {
            if ((longest == null || found.to() - found.from() > longest.to() - longest.from())
                    && completed(found, words, capitalised)) {
                longest = found;
            }
        }
        return longest;
    }

    /** Whether the opening found is completed: alone, by a title right after it, or by a completing word close after. */
    private boolean completed(PhraseIndex.Found<Completed> found, List<String> words, IntPredicate capitalised) {
        if (found.meaning() == Completed.ALONE || found.meaning() == Completed.BY_A_WORD_OR_A_TITLE
                && found.to() < words.size() && capitalised.test(found.to())) {
            return true;
        }
        for (int i = completedBefore ? 0 : found.to(); i < Math.min(words.size(), found.to() + completedWithin); i++) {
            if ((i < found.from() || i >= found.to()) && completing.contains(NumberWords.key(words.get(i)))) {
                return true;
            }
        }
        return false;
    }
}
