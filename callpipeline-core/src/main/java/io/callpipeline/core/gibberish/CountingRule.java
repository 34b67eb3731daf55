package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcript counts: "1, 2, 3, 4, 5, 6…", "אחת, שתיים, שלוש…", "раз, два, три…", a loop Whisper
 * falls into over noise and hold music. Fires when most words are numbers (as digits or as words in
 * any language the identifier names, see {@link NumberWords}) and most neighbouring numbers go up (or
 * down) by one, or by one step they share (fives, tens, hundreds), or one short count is said over ("1, 2, 3, 1, 2,
 * 3"). A caller dictating a phone number or a price does not count in steps of one, and an
 * ID number said digit by digit is taken out of the text before the guard reads it; an Israeli phone
 * number whose digits happen to run in order ("אפס חמש ארבע, אחת שתיים שלוש…") is read as the number it is. Numbers
 * that name a caller's thing ({@link CallerWords}: a door code said twice, "הקוד לבניין הוא 1 2 3 4, 1 2 3 4", the
 * flats or floors he lists, "Квартиры 1, 2, 3, 4, 5 свободны", his phone a digit short) are his: a count over hold
 * music names nothing of his. A label written into each number ("A1, A2, A3", "א1 א2 א3") is taken off as one said
 * apart is ("Episode 1, Episode 2"); a label said with every number and nothing else is the count's even when it is a
 * caller's thing ("Floor one, floor two, floor three…").
 */
public final class CountingRule implements GibberishRule {

    public static final String CODE = "counting";

    private static final int MIN_NUMBERS = 5;
    /** A transcript of nothing but numbers counts in fewer ("אחת שתיים שלוש ארבע"). */
    private static final int MIN_NUMBERS_ALONE = 4;
    private static final double MIN_NUMBER_SHARE = 0.6;
    private static final double MIN_STEP_SHARE = 0.7;
    /**
     * A count runs on: one unbroken run of equal steps covers at least half of it. A phone number
     * said digit by digit ("054, 3, 2, 1, 9, 8, 7, 6") has short runs broken by jumps.
     */
    private static final double MIN_RUN_SHARE = 0.5;
    private static final Pattern ISRAELI_NUMBER = Pattern.compile("0(?:[23489]\\d{7}|[57]\\d{8})");

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() < MIN_NUMBERS_ALONE) {
            return Optional.empty();
        }
        NumberWords.Read read = NumberWords.read(words);
        if (countsIn(words, read) && !namesACallersThing(words)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא ספירה של מספרים ולא שיחה"));
        }
        List<String> days = OrdinalDays.counted(words); // "…שישי, שביעי, שמיני": the days' names are ordinals here
        if (days != words && countsIn(days, NumberWords.read(days)) && !namesACallersThing(words)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא ספירה של מספרים ולא שיחה"));
        }
        List<String> lettered = withoutTheirLetter(words); // "A1, A2, A3": the label written into each number
        if (lettered != words && countsIn(lettered, NumberWords.read(lettered)) && !namesACallersThing(words)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא ספירה של מספרים ולא שיחה"));
        }
        // a label said before each number makes the numbers half the words: only then is one looked for
        if (read.words() >= MIN_NUMBERS && read.words() * 2 >= words.size() - 1) {
            List<String> unlabelled = withoutItsLabel(words);
            NumberWords.Read numbers = NumberWords.read(unlabelled);
            // "Floor one, floor two…": a floor is a caller's thing, but the same label with every number and nothing
            // else is a count's
            if (unlabelled.size() < words.size() && countsIn(unlabelled, numbers)
                    && (numbers.words() == unlabelled.size() || !namesACallersThing(words))) {
                return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא ספירה של מספרים ולא שיחה"));
            }
        }
        return Optional.empty();
    }

    /** A word that is a label's letters and a number written together: "a1", "б12", "א3". */
    private static final Pattern LETTERED = Pattern.compile("(\\p{L}{1,2})(\\d{1,3})");

    /**
     * The words with the letters taken off the numbers that share them ("b1 b2 b3" is 1 2 3), when those are at least
     * {@value #MIN_NUMBERS} and most of the words; the words as they are otherwise.
     */
    private static List<String> withoutTheirLetter(List<String> words) {
        String label = null;
        int lettered = 0;
        int others = 0;
        double mostOthers = words.size() * (1 - MIN_NUMBER_SHARE);
        List<String> numbers = new ArrayList<>(words.size());
        for (String word : words) {
            Matcher m = Character.isDigit(word.charAt(word.length() - 1)) ? LETTERED.matcher(word) : null;
            if (m != null && m.matches() && (label == null || label.equals(m.group(1)))) {
                label = m.group(1);
                lettered++;
                numbers.add(m.group(2));
            } else if (++others > mostOthers) {
                return words; // a call's words: read no further
            } else {
                numbers.add(word);
            }
        }
        return lettered >= MIN_NUMBERS ? numbers : words;
    }

    /**
     * Whether the words name a caller's thing, so the numbers are his: the flat, a code, the phone. A word the count
     * reads as a number is the count's, whatever else it means ("quarto", fourth and a room).
     */
    static boolean namesACallersThing(List<String> words) {
        List<String> others = words.stream().filter(w -> NumberWords.value(w).isEmpty()).toList();
        return CallerWords.anyIn(others) || CallerWords.phoneIn(others);
    }

    private static boolean countsIn(List<String> words, NumberWords.Read read) {
        return counts(read, words.size())
                // two numbers may have been heard as one ("שמונה, עשר" as eighteen): read along the count too
                || read.numbers().size() < read.words() && counts(NumberWords.readAlongTheCount(words), words.size());
    }

    /**
     * The words without the one word that is not a number and is said as often as a count's numbers, once before or
     * after each ("פרק 1. פרק 2. פרק 3.", "Глава 1. Глава 2.", "Episode 1, Episode 2", "Chapitre un. Chapitre deux."):
     * the label of what is counted, which a count of episodes or chapters repeats and a caller does not. The words as
     * they are when no word is said so often.
     */
    private static List<String> withoutItsLabel(List<String> words) {
        Map<String, Integer> said = new HashMap<>();
        for (String word : words) {
            if (NumberWords.value(word).isEmpty()) {
                said.merge(word, 1, Integer::sum);
            }
        }
        return said.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_NUMBERS && e.getValue() * 2 >= words.size() - 1)
                .map(Map.Entry::getKey).findFirst()
                .map(label -> words.stream().filter(w -> !w.equals(label)).toList())
                .orElse(words);
    }

    /** Whether the numbers read in a transcript of {@code size} words are a count. */
    private static boolean counts(NumberWords.Read read, int size) {
        List<Long> numbers = read.numbers();
        boolean alone = read.words() == size;
        if (numbers.size() < (alone ? MIN_NUMBERS_ALONE : MIN_NUMBERS) || read.words() < size * MIN_NUMBER_SHARE) {
            return false;
        }
        return (steps(numbers) >= (numbers.size() - 1) * MIN_STEP_SHARE
                && longestRun(numbers) >= (numbers.size() - 1) * MIN_RUN_SHARE || startsOver(numbers))
                && !dictatesAPhoneNumber(numbers);
    }

    /**
     * A count said over and over ("1, 2, 3, 1, 2, 3", "раз-два, раз-два", a rhythm or a sound check): one run up by
     * one, of two numbers or more, said at least twice, the last time perhaps cut short. A phone number has no such
     * run from its start (it opens 0, then a prefix).
     */
    private static boolean startsOver(List<Long> numbers) {
        int run = 1;
        while (run < numbers.size() && numbers.get(run) == numbers.get(run - 1) + 1) {
            run++;
        }
        if (run < 2 || numbers.size() < 2 * run) {
            return false;
        }
        for (int i = run; i < numbers.size(); i++) {
            if (!numbers.get(i).equals(numbers.get(i % run))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words are mostly numbers and say an Israeli phone number ({@link #dictatesAPhoneNumber}), whose
     * digits may repeat ("0, 5, 4, 1, 2, 1, 2, 1, 2, 1", "Mi número es cero cinco cuatro, uno dos uno dos…") as a
     * loop's words do.
     */
    static boolean isAPhoneNumber(List<String> words) {
        NumberWords.Read read = NumberWords.read(words);
        return read.words() >= words.size() * MIN_NUMBER_SHARE && dictatesAPhoneNumber(read.numbers());
    }

    /**
     * Whether single digits said one by one are mostly an Israeli phone number: 0, then 2, 3, 4, 8 or
     * 9 and seven digits (a landline), or 5 or 7 and eight (a mobile or a VoIP line), the prefix after the zero said
     * as one number or as two ("zero fifty-two", "אפס חמש שתיים"). Its digits may run in order ("054-1234567") and
     * still be the caller's number; no count starts 0, 5 or 0, 52.
     */
    private static boolean dictatesAPhoneNumber(List<Long> numbers) {
        StringBuilder digits = new StringBuilder(numbers.size() + 1);
        for (int i = 0; i < numbers.size(); i++) {
            long n = numbers.get(i);
            if (i == 1 && numbers.get(0) == 0 && isAPrefix(n)) {
                digits.append(n); // "zero fifty-two", "ноль пятьдесят два": the prefix said as one number
                continue;
            }
            if (n < 0 || n > 9) {
                return false;
            }
            digits.append(n);
        }
        Matcher number = ISRAELI_NUMBER.matcher(digits);
        return number.find() && number.group().length() >= digits.length() * MIN_NUMBER_SHARE;
    }

    /** An Israeli prefix after its zero, said as one number: a mobile's 50–59 or a VoIP line's 72–79. */
    private static boolean isAPrefix(long n) {
        return n >= 50 && n <= 59 || n >= 72 && n <= 79;
    }

    /** The most neighbours in a row that differ by the same step. */
    private static int longestRun(List<Long> numbers) {
        int longest = 0;
        int run = 0;
        long step = 0;
        for (int i = 1; i < numbers.size(); i++) {
            long difference = numbers.get(i) - numbers.get(i - 1);
            run = difference != 0 && difference == step ? run + 1 : (difference != 0 ? 1 : 0);
            step = difference;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * How many neighbours go up or down by one, or by the step most of them share ("5, 10, 15",
     * "עשרים, שלושים, ארבעים", "100, 200, 300"), whichever is more.
     */
    private static int steps(List<Long> numbers) {
        int byOne = 0;
        Map<Long, Integer> differences = new HashMap<>();
        for (int i = 1; i < numbers.size(); i++) {
            long difference = numbers.get(i) - numbers.get(i - 1);
            if (Math.abs(difference) == 1) {
                byOne++;
            }
            if (difference != 0) {
                differences.merge(difference, 1, Integer::sum);
            }
        }
        int common = differences.values().stream().max(Integer::compare).orElse(0);
        return Math.max(byOne, common);
    }
}
