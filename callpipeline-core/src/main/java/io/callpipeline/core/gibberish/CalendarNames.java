package io.callpipeline.core.gibberish;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days of the week and the months in their order, as ICU names them in every language the identifier names
 * (and Amharic, and those it names by a script of their own), written alone and in a date: the two orders besides the
 * numbers and the alphabet that Whisper recites when it loops ("ראשון, שני, שלישי…", "January, February, March…").
 * {@link RecitingRule} asks whether a transcript walks one of them.
 *
 * <p>Only the last word of a many-word name is kept, as a speaker says it (Hebrew's "יום שני" is "שני"), and the
 * words every name of an order shares ("יום") are kept apart as neither a name nor another word.
 */
final class CalendarNames {

    /** A name's place: which order (a language's weekdays or months), where in it, and the order's length. */
    record Place(int order, int index, int length) {

        /** Whether the other place comes straight after this one in the same order, the last followed by the first. */
        boolean followedBy(Place other) {
            return other.order == order && other.index == (index + 1) % length;
        }
    }

    private static final Map<String, List<Place>> PLACES = new HashMap<>();
    private static final Set<String> SHARED = new HashSet<>();

    static {
        Set<String> languages = new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED);
        languages.add("am");
        // Korean, Hindi, Georgian…: the languages named by a script of their own recite their week as any other does
        languages.addAll(ScriptAwareLanguageIdentifier.NAMED_BY_OWN_SCRIPT.keySet());
        int order = 0;
        for (String language : languages) {
            DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(language));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                add(order++, weekdays(symbols.getWeekdays(context, DateFormatSymbols.WIDE)));
                add(order++, List.of(symbols.getMonths(context, DateFormatSymbols.WIDE)));
            }
        }
    }

    private CalendarNames() {
    }

    /** ICU's weekdays array is indexed from 1 (Sunday); its first cell is empty. */
    private static List<String> weekdays(String[] days) {
        List<String> named = new ArrayList<>();
        for (String day : days) {
            if (day != null && !day.isBlank()) {
                named.add(day);
            }
        }
        return named;
    }

    private static void add(int order, List<String> names) {
        List<List<String>> words = names.stream().map(TranscriptFeatures::wordsOf).toList();
        if (words.stream().anyMatch(List::isEmpty)) {
            return;
        }
        Set<String> shared = new HashSet<>(keys(words.get(0)));
        words.forEach(w -> shared.retainAll(keys(w)));
        SHARED.addAll(shared);
        for (int i = 0; i < words.size(); i++) {
            List<String> name = words.get(i);
            String last = NumberWords.key(name.get(name.size() - 1));
            if (!shared.contains(last)) {
                PLACES.computeIfAbsent(last, k -> new ArrayList<>()).add(new Place(order, i, names.size()));
            }
        }
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(NumberWords::key).toList();
    }

    /** Where a word stands in the orders it names (a Hebrew ו or Arabic و before it read as "and"); none when it names none. */
    static List<Place> of(String word) {
        String key = NumberWords.key(word);
        List<Place> places = PLACES.get(key);
        if (places == null && Pleasantries.startsWithAnd(key)) {
            places = PLACES.get(key.substring(1));
        }
        return places == null ? List.of() : places;
    }

    /** Whether the word is one every name of an order shares ("יום" of "יום ראשון"). */
    static boolean shared(String word) {
        return SHARED.contains(NumberWords.key(word));
    }
}
