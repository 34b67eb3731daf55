package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transcript counts: "1, 2, 3, 4, 5, 6…", "אחת, שתיים, שלוש…", "раз, два, три…", a loop Whisper
 * falls into over noise and hold music. Fires when most words are numbers (as digits or as words in
 * any language the identifier names, see {@link NumberWords}) and most neighbouring numbers go up (or
 * down) by one. A caller dictating a phone number or a price does not count in steps of one, and an
 * ID number said digit by digit is taken out of the text before the guard reads it.
 */
public final class CountingRule implements GibberishRule {

    public static final String CODE = "counting";

    private static final int MIN_NUMBERS = 5;
    private static final double MIN_NUMBER_SHARE = 0.6;
    private static final double MIN_STEP_SHARE = 0.7;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() < MIN_NUMBERS) {
            return Optional.empty();
        }
        List<Long> numbers = new ArrayList<>();
        for (String word : words) {
            NumberWords.value(word).ifPresent(numbers::add);
        }
        if (numbers.size() < MIN_NUMBERS || numbers.size() < words.size() * MIN_NUMBER_SHARE) {
            return Optional.empty();
        }
        int steps = 0;
        for (int i = 1; i < numbers.size(); i++) {
            if (Math.abs(numbers.get(i) - numbers.get(i - 1)) == 1) {
                steps++;
            }
        }
        if (steps < (numbers.size() - 1) * MIN_STEP_SHARE) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא ספירה של מספרים ולא שיחה"));
    }
}
