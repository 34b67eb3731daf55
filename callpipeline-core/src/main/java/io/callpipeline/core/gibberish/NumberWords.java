package io.callpipeline.core.gibberish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The numbers a transcript's words say, as digits or as words in any language the language
 * identifier names, those it keeps lists for and those a script of its own names (Korean, Japanese, Chinese, Hindi,
 * Thai…), and every other language ICU spells numbers in ({@link SpelledNumbers}): "4", "ארבע", "четыре", "أربعة",
 * "quatre", "넷", "चार", "ápat" are all 4. The words are
 * not our list but ICU's rule-based number format, which spells every number in each language's own
 * forms (masculine, feminine, and the rest of its public cardinal and ordinal rule sets; an ordinal that names a
 * weekday, as Hebrew's "שני" does, is left to the days), so counting is caught
 * in languages nobody wrote a rule for: 0 to 100 and the round hundreds and thousands, what
 * counting loops are made of, a number of a few words ("שלוש מאות") read as one.
 *
 * <p>ICU spells the written language; people count in the spoken one. So Arabic words are looked up
 * with their letter variants folded (a transcript writes اربعة or أربعة, تلاته or تلاتة, ثلاثة or
 * تلاتة), Hebrew's with and without its vowel letters (שתיים, שתים), the tens are
 * also known in the -ين form speech uses for all of them (عشرين beside ICU's عشرون), and the spoken
 * forms of dialects and of counting aloud come from {@code spoken-numbers.tsv} (Levantine and Egyptian
 * Arabic, Russian «раз», Japanese read aloud in kana where ICU writes kanji, and Yiddish's and Tigrinya's, which ICU
 * does not spell).
 */
final class NumberWords {

    /**
     * The ordinals that are also the weekdays' names ("שני", Monday; "segunda"), kept apart from the numbers as they
     * are spelled, for {@link OrdinalDays}; filled once, with the numbers, and only read after.
     */
    private static final Map<String, Long> DAY_ORDINALS = new HashMap<>();
    private static final Map<String, Long> WORDS = SpelledNumbers.spelled(DAY_ORDINALS);
    /** The first words of the numbers said in several words: only there is a longer reading tried. */
    private static final Set<String> OPENERS = WORDS.keySet().stream().filter(w -> w.indexOf(' ') > 0)
            .map(w -> w.substring(0, w.indexOf(' '))).collect(Collectors.toUnmodifiableSet());

    private NumberWords() {
    }

    /** The number a word says, if it says one. */
    static OptionalLong value(String word) {
        return word.isEmpty() ? OptionalLong.empty() : valueOfKey(word, numberKey(word));
    }

    private static OptionalLong valueOfKey(String word, String key) {
        if (word.length() <= 9 && word.chars().allMatch(Character::isDigit)) {
            return OptionalLong.of(Long.parseLong(word));
        }
        Long spelled = WORDS.get(key);
        return spelled == null ? OptionalLong.empty() : OptionalLong.of(spelled);
    }

    /** The number an ordinal that is also a weekday's name says ("שלישי" is 3), by its {@link #numberKey}. */
    static Long dayOrdinal(String key) {
        return DAY_ORDINALS.get(key);
    }

    /** The most words one number is said in ("שלוש מאות", "three thousand", "две тысячи"). */
    static final int MAX_PHRASE_WORDS = 3;

    /** The numbers said in some words, and how many of the words say them. */
    record Read(List<Long> numbers, int words) {
    }

    /**
     * Reads the numbers in a transcript's words, a number said in several words counting once:
     * "מאה, מאתיים, שלוש מאות" is 100, 200, 300 in four words.
     */
    static Read read(List<String> words) {
        return read(words, false);
    }

    /**
     * Reads as {@link #read} does, but where a word starts a number of several words and also says
     * a number alone, takes the one that goes on with the count so far: "שש, שמונה, עשר, שתים עשרה"
     * is 6, 8, 10, 12 here where {@link #read} hears eighteen, and "on, dokuz, sekiz" 10, 9, 8 where it hears
     * nineteen (a count's first number, when the next word alone is one from it). A count said quickly runs its numbers
     * together; which reading is meant, only the pauses tell, and a transcript's words have none.
     */
    static Read readAlongTheCount(List<String> words) {
        return read(words, true);
    }

    private static Read read(List<String> words, boolean alongTheCount) {
        List<Long> numbers = new ArrayList<>();
        int consumed = 0;
        for (int i = 0; i < words.size(); ) {
            String word = words.get(i);
            if (word.isEmpty()) {
                i++;
                continue;
            }
            String key = numberKey(word);
            OptionalLong single = valueOfKey(word, key);
            boolean opens = single.isPresent() || OPENERS.contains(key);
            int taken = 0;
            for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); opens && n >= 2 && taken == 0; n--) {
                Long spelled = WORDS.get(numberKey(String.join(" ", words.subList(i, i + n))));
                if (spelled != null && i + n < words.size() && value(words.get(i + n)).isEmpty()
                        && WORDS.containsKey(numberKey(words.get(i + n - 1) + " " + words.get(i + n)))) {
                    // "cent, deux cents": "cent deux" is 102, but its last word opens the next number with the word
                    // after it, which says no number alone ("cents"): the shorter reading
                    spelled = null;
                }
                boolean singleGoesOn = alongTheCount && single.isPresent()
                        && (goesOn(numbers, single.getAsLong()) && (spelled == null || !goesOn(numbers, spelled))
                                || numbers.isEmpty() && nextGoesOnByOne(single.getAsLong(), words.get(i + 1)));
                if (spelled != null && !singleGoesOn) {
                    numbers.add(spelled);
                    taken = n;
                }
            }
            if (taken == 0 && single.isPresent()) {
                numbers.add(single.getAsLong());
                taken = 1;
            }
            consumed += taken;
            i += Math.max(taken, 1);
        }
        return new Read(List.copyOf(numbers), consumed);
    }

    /**
     * Whether the word after a count's first number says one more or one less alone: "on, dokuz" (ten, nine) opens a
     * countdown where "on dokuz" is nineteen, and so do "dix, neuf" and "አስር ዘጠኝ".
     */
    private static boolean nextGoesOnByOne(long first, String next) {
        OptionalLong value = value(next);
        return value.isPresent() && Math.abs(value.getAsLong() - first) == 1;
    }

    /** Whether a number goes on with the count so far: one up or down, or the step it keeps to. */
    private static boolean goesOn(List<Long> numbers, long next) {
        int size = numbers.size();
        if (size == 0) {
            return false;
        }
        long difference = next - numbers.get(size - 1);
        long step = size >= 2 ? numbers.get(size - 1) - numbers.get(size - 2) : 0;
        return difference != 0 && (Math.abs(difference) == 1 || difference == step);
    }

    /**
     * A number word as it is looked up: as {@link #key} (Russian's ё as е, which writers leave out or put in), with the
     * Arabic th as t, which the dialects say for it (ثلاثة is تلاتة, the Gulf's اثنعش the Levant's اتنعش). Only
     * numbers: the letters' names keep ث and ت apart.
     */
    static String numberKey(String word) {
        String key = key(word);
        return key.indexOf('ث') >= 0 ? key.replace('ث', 'ت') : key;
    }

    /** Greek without its accents and its final sigma's own letter, as the stems are written ("ευχαριστώ"). */
    private static String greekFolded(String lower) {
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        return plain.replace('ς', 'σ');
    }

    /**
     * A word as it is looked up: lower case, Russian's ё as е ("перевёл" and "перевел"), Arabic and Ethiopic letter
     * variants folded to one (Persian's and Urdu's kaf, yeh and heh among the Arabic), and Hebrew's doubled yod and vav
     * as one: Hebrew is written with or without its vowel letters, and Whisper writes either ("צפיה" and "צפייה",
     * "שתיים" and ICU's "שתים", "שנים" and ICU's "שניים" are one word).
     */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean arabic = false;
        boolean hebrew = false;
        for (int i = 0; i < lower.length(); i++) { // a loop, not a stream: every rule looks every word up
            char c = lower.charAt(i);
            if (c >= 0x1200 && c <= 0x137F) {
                return ethiopicFolded(lower);
            }
            if (c >= 0x0386 && c <= 0x03CE || c >= 0x1F00 && c <= 0x1FFF) {
                return greekFolded(lower); // "παρακολούθηση" is written with its accent, its stem without
            }
            if (c == '\u0901' || c == '\u0981') { // Devanagari's and Bengali's nasal moon is written as the dot too
                return lower.replace('\u0901', '\u0902').replace('\u0981', '\u0982'); // "पाँच" and "पांच"
            }
            arabic |= c >= 0x0600 && c <= 0x06FF;
            hebrew |= c >= 0x05D0 && c <= 0x05EA;
        }
        if (hebrew) {
            return plainHebrew(lower);
        }
        if (!arabic) {
            return lower.indexOf('ё') >= 0 ? lower.replace('ё', 'е') : lower; // "перевёл" is written "перевел" too
        }
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            folded.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى', 'ی' -> 'ي'; // and the Persian and Urdu yeh
                case 'ک' -> 'ك'; // the Persian and Urdu kaf
                case 'ہ', 'ۃ' -> 'ه'; // the Urdu heh
                default -> c;
            });
        }
        return folded.toString();
    }

    /** Hebrew's doubled yod and vav, its full spelling's vowel letters, written once. */
    static String plainHebrew(String word) {
        if (word.indexOf("יי") < 0 && word.indexOf("וו") < 0) {
            return word;
        }
        return word.replace("יי", "י").replace("וו", "ו");
    }

    /**
     * Amharic writes one sound with several letters (ሀ ሐ ኀ for h, ሰ ሠ for s, አ ዐ for the glottal stop,
     * ጸ ፀ for ts), and the h and glottal letters' first and fourth forms alike (ሀያ and ሃያ are both
     * twenty): each is folded to one, as a reader hears them.
     */
    private static String ethiopicFolded(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int series = c & ~7;
            int order = c & 7;
            series = switch (series) {
                case 0x1210, 0x1280 -> 0x1200; // ሐ ኀ → ሀ
                case 0x1220 -> 0x1230; // ሠ → ሰ
                case 0x12D0 -> 0x12A0; // ዐ → አ
                case 0x1340 -> 0x1338; // ፀ → ጸ
                default -> series;
            };
            if ((series == 0x1200 || series == 0x12A0) && order == 3) {
                order = 0; // ሃ → ሀ, ኣ → አ
            }
            folded.append(c >= 0x1200 && c <= 0x137F ? (char) (series | order) : c);
        }
        return folded.toString();
    }
}
