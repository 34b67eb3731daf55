package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

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
    private Boolean numberFirst = null; // whether this transcript's parts take their number before them, once known
    private int lastAt = -1; // where the last part named by its number stands, and its number
    private long lastNumber = -1;

    /** How many words after a part its end may follow ("третья серия заканчивается"). */
    private static final int ENDED_REACH = 2;

    boolean next = false; // a part with a later number after one that was ("part two is coming")
    int words = 0; // the words the parts and their numbers are, an ending's

    /**
     * Reads the film's or episode's word at {@code i}; {@code wasOrEnded} when "that was" or an end stands just before
     * it. Whether a part named by its number was or ended there.
     */
    boolean read(List<String> text, int i, boolean wasOrEnded) {
        int at = numberAt(text, i);
        if (at < 0) {
            return false;
        }
        long number = number(text.get(at)).getAsLong();
        lastAt = i;
        lastNumber = number;
        if (ended >= 0 && number > ended) {
            next = true; // "That was part one, part two…": the later part is the next, however near the "was"
            words += 2;
            return false;
        }
        // "Это была первая часть документов": the part of what the word after it names is no series' part
        int last = Math.max(at, i);
        if (!wasOrEnded || last + 1 < text.size() && namesWhatItIsAPartOf(text.get(last + 1))) {
            return false;
        }
        ended = number;
        endedAt = i;
        words += 2;
        return true;
    }

    /**
     * Reads an end at {@code i}: a part named by its number just before it ended there ("третья серия заканчивается").
     * Whether it did.
     */
    boolean endsAt(int i) {
        if (lastAt < 0 || ended >= 0 || i - lastAt > ENDED_REACH) {
            return false;
        }
        ended = lastNumber;
        endedAt = lastAt;
        words += 2;
        return true;
    }

    /**
     * Whether a part named by its number past the first was read ("part two", "החלק השני"): promised soon or to stay
     * tuned for, it is the series' next ({@link EndingScan}).
     */
    boolean laterOneNamed() {
        return lastNumber >= 2;
    }

    /**
     * Reads, once the words are read, the next part's number said without its word after a part that was ("Esta fue
     * la primera parte, la segunda la subimos el viernes"): a part's number one past it.
     */
    void nextWithoutItsWord(List<String> text) {
        // from just after the part: "Это был второй выпуск, третий выйдет" says the next one's number at once
        for (int i = endedAt + 1; endedAt >= 0 && !next && i < text.size(); i++) {
            OptionalLong number = number(text.get(i));
            if (number.isPresent() && number.getAsLong() == ended + 1 && !Character.isDigit(text.get(i).charAt(0))) {
                next = true;
                words++;
            }
        }
    }

    /**
     * Where the number of the part at {@code i} stands, just before it or just after ("the second part", "part two"),
     * or -1. A number on either side belongs to one part only: the side the transcript's first numbered part took
     * ("вторая часть, третья часть" before, "part one, part two" after); the first takes the one before when both are
     * numbers ("пятая серия, шестая выйдет"). A part of something its "of" names ("the first part of the payment",
     * "la primera parte del pago") is no series' part.
     */
    private int numberAt(List<String> words, int i) {
        boolean before = i > 0 && number(words.get(i - 1)).isPresent();
        boolean after = i + 1 < words.size() && number(words.get(i + 1)).isPresent();
        int at = before && (numberFirst == null || numberFirst) ? i - 1 : after ? i + 1 : before ? i - 1 : -1;
        int next = Math.max(at, i) + 1; // the word after the part and its number
        if (at < 0 || next < words.size() && CallersOwnWords.OF.contains(words.get(next))) {
            return -1;
        }
        numberFirst = numberFirst != null ? numberFirst : at < i;
        return at;
    }

    /**
     * Whether the word after a part said to have been names what it is a part of, a word of its own, as Russian's
     * genitive is ("Это была первая часть документов"). A series' part goes on to a little word, a number, the next
     * part or an ending's word ("part one, part two", "la primera parte, la segunda").
     */
    private static boolean namesWhatItIsAPartOf(String word) {
        return word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD
                && number(word).isEmpty() && !EndingWords.anyIn(List.of(word)) && !Pleasantries.isOne(word);
    }

    /** The word for "number" a lesson's number may follow ("урок номер шесть", "lesson no. 4", "שיעור מספר חמש"). */
    private static final Set<String> NUMBER = Set.of("number", "no", "номер", "מספר", "رقم", "numéro", "numero",
            "número", "nummer", "nr", "n");

    /**
     * Whether a number follows the word at {@code i}, or the word for "number" and then one ("lesson four", "урок номер
     * шесть"): a lesson named by its number. A number word of two letters is another language's little word as
     * often (Turkish "on", ten, is English "on": "after my workout on Sunday" names no lesson ten), so only digits
     * count there.
     */
    static boolean numberedAfter(List<String> words, int i) {
        return numberAfter(words, i) >= 0;
    }

    /** Where the number after the word at {@code i} stands ({@link #numberedAfter}); -1 if none does. */
    private static int numberAfter(List<String> words, int i) {
        int at = i + 1 < words.size() && NUMBER.contains(words.get(i + 1)) ? i + 2 : i + 1;
        return at < words.size() && bigNumber(words.get(at)) ? at : -1;
    }

    /**
     * Whether a part at {@code i} is named by its number right after a goodbye at {@code goodbye} ("see you in part
     * three", "nos vemos en la tercera parte", "wir sehen uns in Teil zwei"): only short words or the number stand
     * between them, the number after the part or, as Romance languages say it, before, and no "of" follows, which makes
     * it a part of something a caller names ("the second part of the payment", "la segunda parte del pago").
     */
    static boolean goodbyeTill(List<String> words, int goodbye, int i) {
        if (goodbye < 0 || goodbye >= i) {
            return false;
        }
        int after = numberAfter(words, i);
        boolean before = after < 0 && i >= 1 && bigNumber(words.get(i - 1));
        if (after < 0 && !before) {
            return false;
        }
        int end = Math.max(after, i) + 1; // the word after the part and its number
        return WordsBetween.onlyLittleOr(words, goodbye, before ? i - 1 : i,
                        word -> word.codePointCount(0, word.length()) <= BETWEEN, null)
                && (end >= words.size() || !CallersOwnWords.OF.contains(words.get(end)));
    }

    /** A word this short stands between a goodbye and the part it names ("dans la", "nella", "in"). */
    private static final int BETWEEN = 5;

    /** A number that is no other language's little word: a digit, or a number word of more letters. */
    private static boolean bigNumber(String word) {
        return number(word).isPresent()
                && (word.codePointCount(0, word.length()) > LITTLE_NUMBER || Character.isDigit(word.codePointAt(0)));
    }

    /** A number word this short may be another language's little word ("on", "un"). */
    private static final int LITTLE_NUMBER = 2;

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
        Predicate<String> number = w -> NumberWords.value(w).isPresent();
        return WordsBetween.onlyLittleOr(words, from, to, number, number);
    }
}
