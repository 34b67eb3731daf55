package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The ordinals that are also the weekdays' names (Hebrew's "ראשון" to "שישי", Portuguese's "segunda" to "sexta"), as
 * ICU spells them: {@link NumberWords} keeps them apart from the numbers ({@link NumberWords#dayOrdinal}), so that a
 * caller naming his free days ("ראשון, שני, שלישי") is no count. They are counted only where an ordinal that names no day goes on from one of them in order ("…שישי,
 * שביעי, שמיני", "primeira, segunda, terceira"): the week has no seventh working day to name, so the run is a count.
 */
final class OrdinalDays {

    private OrdinalDays() {
    }

    /**
     * The words with every day's name that is an ordinal written as its number, when an ordinal that names no day
     * goes on from one of them by one, either way; the words themselves otherwise. Each word is looked up once.
     */
    static List<String> counted(List<String> words) {
        Long[] days = null;
        for (int i = 0; i < words.size(); i++) {
            Long day = NumberWords.dayOrdinal(NumberWords.numberKey(words.get(i)));
            if (day != null) {
                days = days == null ? new Long[words.size()] : days;
                days[i] = day;
            }
        }
        if (days == null) {
            return words;
        }
        boolean goesOn = false;
        for (int i = 0; i < words.size() && !goesOn; i++) {
            goesOn = days[i] != null && (i > 0 && days[i - 1] == null && onePast(days[i], words.get(i - 1))
                    || i + 1 < words.size() && days[i + 1] == null && onePast(days[i], words.get(i + 1)));
        }
        if (!goesOn) {
            return words;
        }
        List<String> counted = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            counted.add(days[i] == null ? words.get(i) : Long.toString(days[i]));
        }
        return counted;
    }

    /** Whether {@code word}, which names no day, is an ordinal (or a number word) one past {@code day}. */
    private static boolean onePast(long day, String word) {
        OptionalLong next = NumberWords.value(word);
        return next.isPresent() && next.getAsLong() == day + 1 && !Character.isDigit(word.charAt(0));
    }
}
