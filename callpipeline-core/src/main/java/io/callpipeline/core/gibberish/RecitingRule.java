package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transcript recites an alphabet: "א ב ג ד ה ו", "a b c d e f", "а б в г д е", a loop Whisper
 * falls into as it falls into counting. Fires when most words are single letters of one of the
 * alphabets {@link Alphabets} knows and most neighbouring letters follow each other (a step of one or
 * two places either way, so Hebrew's final forms between the letters do not hide it). A caller
 * spelling a name or an e-mail does not spell in alphabetical order.
 */
public final class RecitingRule implements GibberishRule {

    public static final String CODE = "reciting";

    private static final int MIN_LETTERS = 5;
    private static final double MIN_LETTER_SHARE = 0.6;
    private static final double MIN_STEP_SHARE = 0.7;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() < MIN_LETTERS) {
            return Optional.empty();
        }
        List<Alphabets.Place> letters = new ArrayList<>();
        int others = 0;
        int mostOthers = (int) (words.size() * (1 - MIN_LETTER_SHARE));
        for (String word : words) {
            Alphabets.Place place = Alphabets.of(word);
            if (place != null) {
                letters.add(place);
            } else if (++others > mostOthers) {
                return Optional.empty(); // too many words are not letters: a long call is read no further
            }
        }
        if (letters.size() < MIN_LETTERS || letters.size() < words.size() * MIN_LETTER_SHARE) {
            return Optional.empty();
        }
        int steps = 0;
        for (int i = 1; i < letters.size(); i++) {
            Alphabets.Place before = letters.get(i - 1);
            Alphabets.Place after = letters.get(i);
            int step = Math.abs(after.index() - before.index());
            if (after.alphabet().equals(before.alphabet()) && step >= 1 && step <= 2) {
                steps++;
            }
        }
        if (steps < (letters.size() - 1) * MIN_STEP_SHARE) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא דקלום של אותיות ולא שיחה"));
    }
}
