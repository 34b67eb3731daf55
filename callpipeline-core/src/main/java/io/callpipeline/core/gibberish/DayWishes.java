package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A day named in a wish, "שבת שלום", "happy Sunday", "хорошего воскресенья": a greeting, no day to meet, so a video's
 * thanks that ends wishing a good Sabbath is no caller booking one ({@link MeetingDays}). The words that make the
 * wish, after the day or before it, are in {@code day-wishes.tsv}.
 */
final class DayWishes {

    private static final Set<String> AFTER = new HashSet<>();
    private static final Set<String> BEFORE = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("day-wishes.tsv")) {
            WordLists.addLookupForms(columns[0].equals("after") ? AFTER : BEFORE, columns[2]);
        }
    }

    private DayWishes() {
    }

    /** Whether the word at {@code i} stands in a wish: a wish's word right after it or right before it. */
    static boolean around(List<String> words, int i) {
        return after(words, i) || before(words, i);
    }

    /**
     * The words of the wishes that name a day ("feliz | domingo", "שבת | שלום"): a pleasantry's, which a video's
     * ending may hold beside its own words as it holds "good night", not the caller's. Each word is keyed once, and a
     * day is looked for only beside a wish's word, which most transcripts hold none of.
     */
    static Set<String> wordsIn(List<String> words) {
        Set<String> wished = Set.of();
        for (int i = 0; i < words.size(); i++) {
            String key = NumberWords.key(words.get(i));
            int day = AFTER.contains(key) ? i - 1 : BEFORE.contains(key) ? i + 1 : -1;
            if (day >= 0 && day < words.size() && MeetingDays.anyIn(List.of(words.get(day)))) {
                wished = wished.isEmpty() ? new HashSet<>() : wished;
                wished.add(words.get(i));
                wished.add(words.get(day));
            }
        }
        return wished;
    }

    private static boolean after(List<String> words, int i) {
        return i + 1 < words.size() && AFTER.contains(NumberWords.key(words.get(i + 1)));
    }

    private static boolean before(List<String> words, int i) {
        return i > 0 && BEFORE.contains(NumberWords.key(words.get(i - 1)));
    }
}
