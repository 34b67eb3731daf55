package io.callpipeline.core.gibberish;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words that name a day to meet or met on: the weekdays, yesterday, tomorrow and the day after (and, apart, the week), in every
 * language the identifier names (and Amharic), from ICU's calendar and relative-date data rather
 * than a list of ours. A video's ending says "see you next time"; a caller says "see you on
 * Sunday" or "tomorrow at ten", so a short goodbye that names a day is an appointment, not an
 * invention, whatever else it shares with a video's last words.
 *
 * <p>A name is matched by its start less a letter or two and a few letters more, so the cases a
 * language declines it into count too ("в среду" for ICU's "среда"), and inside a word in the scripts that join prefixes to
 * it ("ביום שלישי", "بالخميس"). Only the last word of a many-word name is kept: Hebrew's "יום שני"
 * is said "שני".
 */
final class MeetingDays {

    /** A declined or plural name ends in a few letters more than its stem: "среду", "sundays". */
    private static final StemSet DAYS = new StemSet(3);
    /**
     * A word for the week shorter than this is a syllable other words start with (Korean's 주 opens
     * "주세요", please): it is left out.
     */
    private static final int MIN_WEEK_LETTERS = 2;
    /** The week's names, kept apart: a series' sign-off says "see you next week" too. */
    private static final StemSet WEEKS = new StemSet(3);
    /**
     * The hour's, the week's, the month's and the year's names: a span of time, not a thing a thanks is for ("this
     * year") nor a broadcast's own words ("The next bulletin is in an hour").
     */
    private static final StemSet PERIODS = new StemSet(3);
    /** The week's, the month's and the year's names, which a number before them counts ("в первый год"). */
    private static final StemSet LONG_PERIODS = new StemSet(3);
    /** The days' names as they are said, whole: "שלישי" is a day, "שלישית" (third, feminine) is not. */
    private static final Set<String> NAMES = new HashSet<>();

    /**
     * Tomorrow and yesterday as Arabic is spoken, which ICU, writing the standard language ("غدًا", "أمس"), does not
     * name: Levantine and Egyptian "بكرا", "بكرة", "بكره" and "امبارح", the Gulf's "باكر" and "باچر", the Maghreb's
     * "غدوة", and "البارح". A caller says "منحكي بكرا" (we'll talk tomorrow) as a Hebrew speaker says "נדבר מחר".
     */
    private static final List<String> SPOKEN_ARABIC = List.of("بكرا", "بكرة", "بكره", "باكر", "باچر", "غدوة", "مبارح",
            "بارح");

    static {
        Set<String> languages = new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED);
        for (String language : languages) {
            ULocale locale = ULocale.forLanguageTag(language);
            names(locale).forEach(name -> {
                add(DAYS, name);
                List<String> words = TranscriptFeatures.wordsOf(name);
                if (!words.isEmpty()) {
                    NAMES.add(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
                }
            });
            weeks(locale).forEach(name -> add(WEEKS, name));
            weeks(locale).forEach(name -> add(PERIODS, name));
            weeks(locale).forEach(name -> add(LONG_PERIODS, name));
            for (int field : new int[] {DateTimePatternGenerator.MONTH, DateTimePatternGenerator.YEAR}) {
                named(locale, field).forEach(name -> add(LONG_PERIODS, name));
            }
            for (int field : new int[] {DateTimePatternGenerator.MONTH, DateTimePatternGenerator.YEAR,
                DateTimePatternGenerator.HOUR}) {
                named(locale, field).forEach(name -> add(PERIODS, name));
            }
        }
        SPOKEN_ARABIC.forEach(name -> add(DAYS, name));
    }

    private static void add(StemSet set, String name) {
        List<String> words = TranscriptFeatures.wordsOf(name);
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
            Character.UnicodeScript script = Character.UnicodeScript.of(last.codePointAt(0));
            if (script == Character.UnicodeScript.LATIN && last.length() < SHORT_NAME
                    || script == Character.UnicodeScript.ETHIOPIC && last.length() < SHORT_ETHIOPIC_NAME) {
                set.addWhole(last); // Romanian's "joi" (Thursday) opens English's "join", Amharic's "ነገ" "ነገሮች"
            } else {
                set.add(StemSet.joinsPrefixes(last) ? last : stem(last));
            }
        }
    }

    private MeetingDays() {
    }

    /** A Latin name shorter than this is a whole word of its own, not the start of others ("joi", "dün"). */
    private static final int SHORT_NAME = 4;

    /**
     * An Ethiopic name shorter than this is a whole word too: Amharic's "ነገ" (tomorrow) opens "ነገር" and "ነገሮች"
     * (a thing, things), which every Amharic speaker says.
     */
    private static final int SHORT_ETHIOPIC_NAME = 3;

    /**
     * A long name less its last two letters, a shorter one less its last, so its declined forms
     * count ("пятницу" for "пятница", "среду" for "среда"); a name of four letters or fewer whole.
     */
    private static String stem(String name) {
        int length = name.length();
        return name.substring(0, length >= 7 ? length - 2 : length >= 5 ? length - 1 : length);
    }

    /** Whether any of the words names a day. */
    static boolean anyIn(List<String> words) {
        if (!DAYS.anyIn(words)) {
            return false; // most calls name no day: the words that open as one but are none are not looked for
        }
        List<String> days = null;
        for (int i = 0; i < words.size(); i++) {
            boolean none = opensAsADay(words, i);
            if (none && days == null) {
                days = new ArrayList<>(words.subList(0, i));
            } else if (!none && days != null) {
                days.add(words.get(i));
            }
        }
        return DAYS.anyIn(days == null ? words : days);
    }

    /**
     * Whether the word at {@code i} opens as a day but is none: a Hebrew ordinal with its article ({@link
     * #ORDINAL_DAYS}: "הפרק השלישי", the third), or a day's name after what it counts ("פרק שלישי", the third chapter,
     * {@link EndingWords#namesAPart}), or Hebrew's seconds, which open as Monday ("עוד עשר שניות": a workout's count,
     * no appointment), or Arabic's evening, which opens as its yesterday ("الأمسية", "أمس"), or a day named in a wish
     * ("שבת שלום", "happy Sunday": {@link DayWishes}).
     */
    private static boolean opensAsADay(List<String> words, int i) {
        String word = words.get(i);
        return word.length() > 1 && word.charAt(0) == 'ה' && ORDINAL_DAYS.contains(word.substring(1))
                || goesOnPastAHebrewDay(word)
                || numbersAPart(words, i)
                || ARABIC_EVENING.matcher(word).find()
                || DayWishes.around(words, i) && DAYS.anyIn(List.of(word));
    }

    /**
     * Arabic's evening ("أمسية", "الأمسية", "بأمسيتنا", "أمسيات"), its prefixes before it, which a stem's reading takes
     * for "أمس" (yesterday) with an ending. An evening is no day to meet; "أمس" alone still is.
     */
    private static final Pattern ARABIC_EVENING = Pattern.compile("^[وفبكل]{0,2}(ال)?[اأإآ]مسي");

    /** Hebrew's days, which no ending follows: "שבת", and Sunday to Friday by their ordinals. */
    private static final List<String> HEBREW_DAYS = List.of("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת");

    /**
     * Whether a Hebrew word holds a day's name after its prefixes and goes on past it: "שנים" (years), "שניהם" (both),
     * "חמישים" (fifty), "שישים" (sixty), "ראשונה" (first), "שניות" (seconds: a workout's count, no appointment): Hebrew
     * joins letters to a word's front, not a day's end.
     */
    private static boolean goesOnPastAHebrewDay(String word) {
        if (word.isEmpty() || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.HEBREW) {
            return false;
        }
        for (String day : HEBREW_DAYS) {
            int at = word.indexOf(day);
            if (at >= 0 && at + day.length() < word.length()
                    && word.substring(0, at).chars().allMatch(c -> StemSet.isPrefixLetter((char) c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is a day's name after what it counts, so an ordinal ("פרק שלישי", the third
     * chapter; "חלק שני", part two), not a day.
     */
    static boolean numbersAPart(List<String> words, int i) {
        return i > 0 && isADaysName(words.get(i)) && EndingWords.namesAPart(words.get(i - 1));
    }

    /**
     * Hebrew names Sunday to Friday by ordinals ("יום שלישי", the third day); with the article alone the word is the
     * ordinal ("הפרק השלישי", the third episode; "החדר השני", the other room), where a day is said "בשלישי" or bare.
     */
    private static final Set<String> ORDINAL_DAYS = Set.of("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי");

    /**
     * The words an hour is said after: "at six", "в шесть", "a las seis", "à six heures", "um sechs", "الساعة ستة",
     * "בשעה חמש" (and Hebrew's ב joined to it, "בשש", "ב-6").
     */
    private static final Set<String> AT_AN_HOUR = Set.of("at", "в", "во", "к", "à", "las", "um", "alle", "om",
            "saat", "ב", "בשעה", "שעה", "الساعة", "الساعه", "ساعة", "ساعه", "بالساعة", "عالساعة");

    /** The hours of a day, as a caller names one. */
    private static final int LAST_HOUR = 24;

    /**
     * Whether the words name an hour to meet ("נתראה שם בשש, ביי", "see you at six, bye bye"): a number of the day's
     * hours after a word an hour is said after. A video's last words name no hour.
     */
    static boolean hourIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String hour = i > 0 && AT_AN_HOUR.contains(words.get(i - 1)) ? word
                    : word.length() > 2 && word.charAt(0) == 'ב' ? word.substring(1) : null; // "בשש", at six
            if (hour != null) {
                OptionalLong value = NumberWords.value(hour);
                // "в первый год", "in two weeks": a number of years, months or weeks is no hour
                if (value.isPresent() && value.getAsLong() >= 1 && value.getAsLong() <= LAST_HOUR
                        && !(i + 1 < words.size() && LONG_PERIODS.anyIn(List.of(words.get(i + 1))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the lower-case word is a day's name as it is said alone ("שני", "ראשון"), not one of the forms
     * {@link #anyIn} lets count: an ordinal that is a day's name is a caller's day, another form of it is not.
     */
    static boolean isADaysName(String word) {
        return NAMES.contains(word);
    }

    /**
     * Whether any of the words names the week ("see you next week"): a caller's goodbye till then,
     * which a goodbye alone cannot tell from a series' sign-off, but not a video's thanks for watching.
     */
    static boolean weekIn(List<String> words) {
        return WEEKS.anyIn(words);
    }

    /**
     * Whether any of the words names an hour, a week, a month or a year: a span of time an ending's thanks or schedule
     * may name ("Thanks to everyone who supported the channel this year", "a new episode every week", "the next
     * bulletin is in an hour"), not a thing it is for.
     */
    static boolean periodIn(List<String> words) {
        return PERIODS.anyIn(words);
    }

    /**
     * The weekdays (as written alone and in a date), yesterday, tomorrow and the day after, as ICU writes them:
     * "thanks for watching the kids yesterday" is a caller's. Not today: "that's all for today" is how videos end.
     */
    private static List<String> names(ULocale locale) {
        List<String> names = new ArrayList<>();
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (String day : symbols.getWeekdays(context, DateFormatSymbols.WIDE)) {
                if (day != null && !day.isBlank()) {
                    names.add(day);
                }
            }
        }
        RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(locale, null,
                RelativeDateTimeFormatter.Style.LONG, DisplayContext.CAPITALIZATION_NONE);
        for (Direction direction : new Direction[] {Direction.LAST, Direction.NEXT, Direction.NEXT_2}) {
            String day = relative.format(direction, AbsoluteUnit.DAY);
            if (day != null && !day.isBlank()) {
                names.add(day);
            }
        }
        return names;
    }

    /** The week as ICU names it, with Arabic's article and hamza dropped as speech's spelling does. */
    private static List<String> weeks(ULocale locale) {
        return named(locale, DateTimePatternGenerator.WEEK_OF_YEAR);
    }

    /** A calendar field's name in the language ICU gives it ("week", "month", "year"; "שבוע", "месяц", "سنة"). */
    private static List<String> named(ULocale locale, int field) {
        String name = DateTimePatternGenerator.getInstance(locale)
                .getFieldDisplayName(field, DateTimePatternGenerator.DisplayWidth.WIDE);
        if (name == null || name.codePointCount(0, name.length()) < MIN_WEEK_LETTERS) {
            return List.of();
        }
        String bare = name.startsWith("ال") ? name.substring(2) : name; // بعد أسبوع, الأسبوع الجاي
        return List.of(bare, bare.replace('أ', 'ا')); // اسبوع
    }
}
