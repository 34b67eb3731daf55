package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.PhraseIndex.Found;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A channel's milestone said without its subscribers' word ("Нас уже сто тысяч", "הגענו למאה אלף", "we just hit fifty
 * thousand"): the count is the audience's subscription, as "thousand subscribers" is ({@code ending-phrases.tsv}), so a
 * thanks or a goodbye beside it ends a video. The words are the callers' one by one, and a count of thousands is a
 * price's too; what tells a milestone is that nothing of the speaker's own follows the count: a caller goes on to what
 * it is ("we're already two thousand over budget"), a video to its thanks or to its end. Read from
 * {@code milestones.tsv}.
 */
final class Milestones {

    /** What comes before the count ("we are already", "we reached"). */
    private static final PhraseIndex<Boolean> OPENERS = new PhraseIndex<>();

    /** The words that make a count thousands or more ("אלף", "тысяч", "mil"). */
    private static final Set<String> SCALES = new HashSet<>();

    /** Words a count may take between its opener and its scale ("сто", "למאה", "les cent"). */
    private static final int MAX_COUNT_WORDS = 3;

    /** A count in digits this long is thousands ("10000"). */
    private static final int THOUSANDS_DIGITS = 4;

    static {
        for (String[] columns : WordLists.rows("milestones.tsv")) {
            if (columns[0].equals("opener")) {
                OPENERS.add(true, columns[2]);
            } else {
                Arrays.stream(columns[2].split(" ")).map(NumberWords::key).forEach(SCALES::add);
            }
        }
    }

    private Milestones() {
    }

    /** The milestones in the words, each read as the watch idea from its opener to its scale; none for most. */
    static List<Found<Idea>> in(List<String> words) {
        List<Found<Idea>> found = List.of();
        for (Found<Boolean> opener : OPENERS.in(words)) {
            int scale = scaleAfter(words, opener.to());
            if (scale >= 0 && endsThere(words, scale + 1)) {
                found = found.isEmpty() ? new ArrayList<>() : found;
                found.add(new Found<>(Idea.WATCH, opener.phrase(), opener.from(), scale + 1));
            }
        }
        return found;
    }

    /** Where the count's scale word stands, a few words after its opener at most; -1 when there is none. */
    private static int scaleAfter(List<String> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + MAX_COUNT_WORDS + 1); i++) {
            String word = words.get(i);
            if (isAScale(word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAScale(String word) {
        if (SCALES.contains(NumberWords.key(word))) {
            return true;
        }
        // "10000", or "10k" as a creator writes it
        String digits = word.endsWith("k") ? word.substring(0, word.length() - 1) : word;
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
                && (digits.length() >= THOUSANDS_DIGITS || digits.length() < word.length());
    }

    /** Whether the count ends the speaker's words: the transcript's end, or an ending's own word after it. */
    private static boolean endsThere(List<String> words, int after) {
        if (after >= words.size()) {
            return true;
        }
        String next = words.get(after);
        return EndingWords.anyIn(List.of(next)) || Pleasantries.isOne(next)
                || CallersOwnWords.addressesTheAudience(next);
    }
}
