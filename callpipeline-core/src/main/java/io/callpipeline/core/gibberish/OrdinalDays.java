package io.callpipeline.core.gibberish;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The ordinals that are also the weekdays' names (Hebrew's "ראשון" to "שישי", Portuguese's "segunda" to "sexta"), as
 * ICU spells them: {@link NumberWords} leaves them out, so that a caller naming his free days ("ראשון, שני, שלישי")
 * is no count. They are counted only where an ordinal that names no day goes on from one of them in order ("…שישי,
 * שביעי, שמיני", "primeira, segunda, terceira"): the week has no seventh working day to name, so the run is a count.
 */
final class OrdinalDays {

    /** The days' names that are ordinals, by their number key, with the number each says. */
    private static final Map<String, Long> DAYS = days();

    private OrdinalDays() {
    }

    /**
     * The words with every day's name that is an ordinal written as its number, when an ordinal that names no day
     * goes on from one of them by one, either way; the words themselves otherwise.
     */
    static List<String> counted(List<String> words) {
        boolean goesOn = false;
        for (int i = 1; i < words.size() && !goesOn; i++) {
            goesOn = followsOn(words.get(i - 1), words.get(i)) || followsOn(words.get(i), words.get(i - 1));
        }
        if (!goesOn) {
            return words;
        }
        List<String> counted = new ArrayList<>(words.size());
        for (String word : words) {
            Long day = DAYS.get(NumberWords.numberKey(word));
            counted.add(day == null ? word : Long.toString(day));
        }
        return counted;
    }

    /** Whether {@code day} is a day's name that is an ordinal and {@code ordinal} an ordinal one past it. */
    private static boolean followsOn(String day, String ordinal) {
        Long n = DAYS.get(NumberWords.numberKey(day));
        if (n == null) {
            return false;
        }
        OptionalLong next = NumberWords.value(ordinal);
        // "שני" is two as well as Monday: the word past the day must name no day itself
        return next.isPresent() && next.getAsLong() == n + 1 && !Character.isDigit(ordinal.charAt(0))
                && !DAYS.containsKey(NumberWords.numberKey(ordinal));
    }

    private static Map<String, Long> days() {
        Map<String, Long> days = new HashMap<>();
        for (String language : ScriptAwareLanguageIdentifier.NAMED) {
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
                    RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : format.getRuleSetNames()) {
                if (!ruleSet.contains("ordinal")) {
                    continue;
                }
                for (long n = 1; n <= 7; n++) {
                    String word = NumberWords.numberKey(String.join(" ",
                            TranscriptFeatures.wordsOf(format.format(n, ruleSet))));
                    if (MeetingDays.isADaysName(word)) {
                        days.putIfAbsent(word, n);
                    }
                }
            }
        }
        return Map.copyOf(days);
    }
}
