package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The transcript recites an alphabet: "א ב ג ד ה ו", "a b c d e f", "а б в г д е", a loop Whisper falls into as it
 * falls into counting; or the days of the week or the months in their order ("ראשון, שני, שלישי, רביעי, חמישי",
 * "January, February, March, April, May"; {@link CalendarNames}), when five names or more are nearly all it says. A
 * caller naming the days he is free says other words among them. Fires when most words are single letters of one of the
 * alphabets {@link Alphabets} knows and most neighbouring letters follow each other one way (a step of one or two
 * places on, or a syllabary's next vowel form: "ሀ ሁ ሂ ሃ"; or as many back: "z y x"); a letter's other form said beside
 * it (a final form, a capital, a mark its alphabet does not count apart: "כ ך ל מ ם", "a A b B") is the same letter,
 * not a step that goes nowhere, though it is one of the five said ("Д Е Ё Ж З"). Words that go back and forth ("que
 * es que se", "q s q s") are no recital: a letter's names are looked up in every language, and some are common words
 * in another ("de", "se", "que"). A caller spelling a name or an e-mail does not spell in alphabetical order.
 */
public final class RecitingRule implements GibberishRule {

    public static final String CODE = "reciting";

    private static final int MIN_LETTERS = 5;
    private static final double MIN_LETTER_SHARE = 0.6;
    private static final double MIN_STEP_SHARE = 0.7;

    private static final int MIN_NAMES = 5;
    /** Names (and the word they share, "יום") are this much of the words: a caller's free days come with more. */
    private static final double MIN_NAME_SHARE = 0.85;
    private static final double MIN_NAME_STEP_SHARE = 0.8;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() < MIN_LETTERS) {
            return Optional.empty();
        }
        if (recitesCalendar(words)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא דקלום של ימות השבוע או החודשים ולא שיחה"));
        }
        List<List<Alphabets.Place>> letters = new ArrayList<>();
        int others = 0;
        int said = 0; // letters said, a letter and its other form beside it two ("Д Е Ё Ж З", "י כ ך ל מ")
        int mostOthers = (int) (words.size() * (1 - MIN_LETTER_SHARE));
        for (String word : words) {
            List<Alphabets.Place> places = Alphabets.of(word);
            if (places.isEmpty()) {
                if (++others > mostOthers) {
                    return Optional.empty(); // too many words are not letters: a long call is read no further
                }
            } else {
                said++;
                if (letters.isEmpty() || letters.get(letters.size() - 1).stream().noneMatch(places::contains)) {
                    letters.add(places);
                } // else the letter's other form beside it ("כ ך", "a A"): the same step of the recitation
            }
        }
        // five letters said, four of them apart at least: "Д Е Ё Ж З" recites, "כ ך ל מ ם" is too short a run
        if (said < MIN_LETTERS || letters.size() < MIN_LETTERS - 1
                || words.size() - others < words.size() * MIN_LETTER_SHARE
                || Math.max(steps(letters, Alphabets.Place::followedBy), steps(letters, Alphabets.Place::precededBy))
                        < (letters.size() - 1) * MIN_STEP_SHARE) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא דקלום של אותיות ולא שיחה"));
    }

    /** Five names of days or months or more, nearly all the words, most followed by the next in their order. */
    private static boolean recitesCalendar(List<String> words) {
        List<List<CalendarNames.Place>> names = new ArrayList<>();
        int others = 0;
        double mostOthers = words.size() * (1 - MIN_NAME_SHARE);
        for (String word : words) {
            List<CalendarNames.Place> places = CalendarNames.of(word);
            if (!places.isEmpty()) {
                names.add(places);
            } else if (!CalendarNames.shared(word) && ++others > mostOthers) { // "יום" of "יום ראשון" is neither
                return false; // a long call is read no further
            }
        }
        if (names.size() < MIN_NAMES) {
            return false;
        }
        return steps(names, CalendarNames.Place::followedBy) >= (names.size() - 1) * MIN_NAME_STEP_SHARE;
    }

    /**
     * How many neighbours follow each other in some order both belong to: a letter or a name has a place in each
     * alphabet or calendar that has it.
     */
    private static <P> int steps(List<List<P>> sequence, BiPredicate<P, P> follows) {
        int steps = 0;
        for (int i = 1; i < sequence.size(); i++) {
            List<P> after = sequence.get(i);
            if (sequence.get(i - 1).stream().anyMatch(b -> after.stream().anyMatch(a -> follows.test(b, a)))) {
                steps++;
            }
        }
        return steps;
    }
}
