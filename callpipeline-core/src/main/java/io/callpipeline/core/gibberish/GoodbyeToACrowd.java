package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A goodbye said to a crowd ("Okay kids, see you tomorrow", "Пока, дети, до завтра!", "ביי כיתה, נתראה ביום ראשון")
 * or till the series' slot ("See you next week, same time"): a teacher's, a coach's, a children's show's, a
 * streamer's, whose day is the crowd's schedule. The ending's reading ({@link EndingScan}) finds the goodbye and
 * takes the day it names for a caller's meeting, which it is when said to one agent; the children a caller names come
 * with him ("I'll bring the kids"), so a crowd counts only called, in a clause of its own. The words are in {@code
 * crowds.tsv}.
 */
final class GoodbyeToACrowd {

    private static final Set<String> CROWD = new HashSet<>();
    private static final Set<String> CALLED_WITH = new HashSet<>();
    private static final PhraseIndex<Boolean> SLOTS = new PhraseIndex<>();

    static {
        for (String[] columns : WordLists.rows("crowds.tsv")) {
            switch (columns[0]) {
                case "slot" -> SLOTS.add(Boolean.TRUE, columns[2]);
                case "crowd" -> WordLists.addLookupForms(CROWD, columns[2]);
                default -> WordLists.addLookupForms(CALLED_WITH, columns[2]);
            }
        }
    }

    /** A transcript this long at most: a goodbye, not a lesson's talk. */
    private static final int MAX_WORDS = 16;

    /** Where a clause ends: a comma, a sentence's mark, a colon, Spanish's opening marks. */
    private static final Pattern CLAUSES = Pattern.compile("[,،、.!?;:¡¿؟…]+");

    private GoodbyeToACrowd() {
    }

    /**
     * Whether the short transcript says a goodbye to a crowd called in a clause of its own, or till the series' slot,
     * and nothing of a caller's: no question, number or hour, nothing of the flat.
     */
    static boolean in(TranscriptFeatures t, EndingScan scan) {
        List<String> words = t.words();
        if (words.size() > MAX_WORDS || scan.goodbyes == 0 && !scan.seeYou) {
            return false;
        }
        // a goodbye to one agent names no crowd nor slot: most stop here, at a look per word
        boolean crowd = words.stream().anyMatch(w -> CROWD.contains(NumberWords.key(w)));
        boolean slot = !SLOTS.in(words).isEmpty();
        if (!crowd && !slot) {
            return false;
        }
        String text = t.transcript().text();
        if (CallerWords.asksOrCounts(text) || MeetingDays.hourIn(words)
                || CallerWords.anyIn(words)) {
            return false;
        }
        return slot || crowdCalled(text);
    }

    /**
     * Whether a clause calls a crowd: a crowd's word at the clause's edge, its first or last but for the particles it
     * is called with, and beside it only a goodbye's, a pleasantry's, a day's, an opener's or a particle's word ("Au
     * revoir les enfants", "Alright class", "مع السلامة يا أولاد"); a crowd inside the clause is spoken of ("lo vemos
     * todos los días").
     */
    private static boolean crowdCalled(String text) {
        for (String clause : CLAUSES.split(text)) {
            List<String> words = TranscriptFeatures.wordsOf(clause).stream().map(NumberWords::key).toList();
            if (calledAtAnEdge(words) && words.stream().allMatch(w -> CROWD.contains(w) || calledWith(w))
                    && !thankedFor(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a crowd's word follows a thanks's "for" ("спасибо за всё", thanks for everything: Russian's "все" is
     * everyone and everything): what the thanks is for, no crowd called.
     */
    private static boolean thankedFor(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (CROWD.contains(words.get(i)) && ThanksForWhatACallerNames.FOR.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause's last word, or its first after the particles, is a crowd's. */
    private static boolean calledAtAnEdge(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        int first = 0;
        while (first < words.size() - 1 && CALLED_WITH.contains(words.get(first))
                && !CROWD.contains(words.get(first))) {
            first++;
        }
        return CROWD.contains(words.get(first)) || CROWD.contains(words.get(words.size() - 1));
    }

    /** A word a crowd is called with: a goodbye's, a pleasantry's, a day's, an opener's or a particle's. */
    private static boolean calledWith(String word) {
        return CALLED_WITH.contains(word) || Pleasantries.isOne(word)
                || EndingWords.carries(word, EndingWords.Idea.NEXT) || MeetingDays.anyIn(List.of(word));
    }
}
