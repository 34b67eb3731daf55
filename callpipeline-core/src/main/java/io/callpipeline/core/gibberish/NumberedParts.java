package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A series' parts and a book's chapters named by their number ("part one", "החלק השני", "الجزء الأول", "la segunda
 * parte"), read by {@link EndingScan}. A part is every caller's word ("part of the deal", "the first part of the
 * payment"), so a part ends a video only when its number names it and it was or ended ("That was part one", "the end
 * of part two"); a part with a later number after it is the next one promised ("…, part two is out on Sunday"), whose
 * day is the series' schedule. A payment in parts is never said to have been a part by its number and then the next.
 */
final class NumberedParts {

    /** Hebrew's article and "and" before an ordinal ("השני", "והשלישי"): the number is the word without them. */
    private static final String HEBREW_PREFIXES = "הו";

    private long ended = -1; // the number of the last part said to have been or to end
    private int endedAt = -1; // where its word stands
    boolean next = false; // a part with a later number after one that was ("part two is coming")
    int words = 0; // the words the parts and their numbers are, an ending's

    /**
     * Reads the film's or episode's word at {@code i}; {@code wasOrEnded} when "that was" or an end stands just before
     * it. Whether a part named by its number was or ended there.
     */
    boolean read(List<String> text, int i, boolean wasOrEnded) {
        OptionalLong number = numberBeside(text, i);
        if (number.isEmpty()) {
            return false;
        }
        if (ended >= 0 && number.getAsLong() > ended) {
            next = true; // "That was part one, part two…": the later part is the next, however near the "was"
            words += 2;
            return false;
        }
        if (wasOrEnded) {
            ended = number.getAsLong();
            endedAt = i;
            words += 2;
        }
        return wasOrEnded;
    }

    /**
     * Reads, once the words are read, the next part's number said without its word after a part that was ("Esta fue
     * la primera parte, la segunda la subimos el viernes"): a part's number one past it.
     */
    void nextWithoutItsWord(List<String> text) {
        for (int i = endedAt + 2; endedAt >= 0 && !next && i < text.size(); i++) {
            OptionalLong number = number(text.get(i));
            if (number.isPresent() && number.getAsLong() == ended + 1 && !Character.isDigit(text.get(i).charAt(0))) {
                next = true;
                words++;
            }
        }
    }

    /**
     * The number just after the word at {@code i} or just before it ("part two", "the second part"), if any; a number
     * after it that the same word follows is the next part's when one stands before it ("вторая часть, третья часть",
     * not "part one, part two"). A part of something it names ("the first part of the payment", "la primera parte del
     * pago") is no series' part.
     */
    private static OptionalLong numberBeside(List<String> words, int i) {
        OptionalLong before = i > 0 ? number(words.get(i - 1)) : OptionalLong.empty();
        boolean nextOnes = i + 2 < words.size() && words.get(i + 2).equals(words.get(i));
        OptionalLong after = i + 1 < words.size() && !(nextOnes && before.isPresent()) ? number(words.get(i + 1))
                : OptionalLong.empty();
        int last = after.isPresent() ? i + 1 : i;
        if (last + 1 < words.size() && OF.contains(words.get(last + 1))) {
            return OptionalLong.empty();
        }
        return after.isPresent() ? after : before;
    }

    /**
     * The little words a part names what it is a part of with ("of", "של", "من", "del"); not German's "der", which is
     * the next part's article as often ("der erste Teil, der zweite Teil").
     */
    private static final Set<String> OF = Set.of("of", "של", "מתוך", "من", "de", "del", "du", "des", "della", "di",
            "do", "da", "von", "z", "ze", "із", "из");

    /** The number a word says, an ordinal that is a weekday's name and Hebrew's with its article among them. */
    private static OptionalLong number(String word) {
        OptionalLong value = NumberWords.value(word);
        if (value.isPresent()) {
            return value;
        }
        String plain = NumberWords.plainHebrew(word);
        while (plain.length() > 2 && HEBREW_PREFIXES.indexOf(plain.charAt(0)) >= 0) {
            plain = plain.substring(1);
        }
        Long day = NumberWords.dayOrdinal(NumberWords.numberKey(plain));
        return day != null ? OptionalLong.of(day) : plain.equals(word) ? value : NumberWords.value(plain);
    }

    /** Whether the words between two are a number and little words ("Chapter four, the end", "Глава 4. Конец"). */
    static boolean between(List<String> words, int from, int to) {
        boolean number = false;
        for (int k = from + 1; k < to; k++) {
            String word = words.get(k);
            boolean isNumber = NumberWords.value(word).isPresent();
            if (!isNumber && word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD) {
                return false;
            }
            number |= isNumber;
        }
        return number;
    }
}
