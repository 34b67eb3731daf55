package io.callpipeline.core.gibberish;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Each letter's places in the alphabets of every language the identifier names (Amharic and Greek by their scripts
 * included): the letters are ICU's exemplar characters for the language (its standard alphabet) in the order its
 * collation gives them, which is the order its speakers recite: a letter with a mark stands where its alphabet puts it
 * (Polish "a ą b", Romanian "a ă â b", Turkish "c ç d", Persian "ب پ ت"), or shares its letter's place where the
 * alphabet does not count it apart (German "a ä"); Korean is read by its syllables' first consonant. A letter shared by
 * several alphabets has a place in each (Persian's "ب" is Arabic's too, and "پ" Persian's alone), so a transcript
 * reciting "א ב ג ד", "a b c d", "а б в г" or "ا ب پ ت" is known in any of them without a list of ours. Letters are
 * also recited by name: Hebrew's, Arabic's and Persian's names are alphabets of their own ("אלף, בית, גימל", "ألف،
 * باء، تاء"), a Latin, Cyrillic, Greek or Persian letter's names stand at its own places ("a, bee, cee", "а, бэ, вэ",
 * "άλφα, βήτα", "به، په"), and the spelling alphabet's words and Greek's in Latin letters are alphabets of their own
 * ("Alfa, Bravo, Charlie", "alpha, beta, gamma"); those names, which ICU does not have, are in
 * {@code letter-names.tsv}.
 */
final class Alphabets {

    /**
     * A letter: which alphabet, where in it, and, in a syllabary, where in its consonant's row of vowel forms (0 in an
     * alphabet): Amharic is recited across the consonants ("ሀ ለ ሐ መ") and along a row ("ሀ ሁ ሂ ሃ ሄ ህ ሆ").
     */
    record Place(String alphabet, int index, int inRow) {
        Place(String alphabet, int index) {
            this(alphabet, index, 0);
        }

        /**
         * Whether {@code next} follows this letter forwards: a place or two on, or the next vowel form in its row.
         */
        boolean followedBy(Place next) {
            int step = next.index - index;
            return alphabet.equals(next.alphabet) && (step >= 1 && step <= 2 || step == 0 && next.inRow - inRow == 1);
        }

        /** Whether {@code next} follows this letter backwards ("z y x", "ሆ ህ ሄ"). */
        boolean precededBy(Place next) {
            return next.followedBy(this);
        }
    }

    private static final Map<Integer, List<Place>> PLACES = places();
    /** The letters said by name ("אלף", "باء", "bee"), from {@code letter-names.tsv}, by their lookup form. */
    private static final Map<String, List<Place>> NAMES = names();

    private Alphabets() {
    }

    /**
     * The places of a one-letter word or a letter's name in the alphabets that have it; none when it is no letter.
     */
    static List<Place> of(String word) {
        if (word.codePointCount(0, word.length()) != 1) {
            char first = word.charAt(0);
            // names are written in the Hebrew, Arabic, Cyrillic, Greek and Latin scripts
            boolean named = first >= 0x0590 && first <= 0x06FF || first >= 0x0370 && first <= 0x04FF
                    || first >= 0x1F00 && first <= 0x1FFF || first < 0x0250;
            return named ? NAMES.getOrDefault(NumberWords.key(word), List.of()) : List.of();
        }
        int cp = word.codePointAt(0);
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            // "가 나 다 라": by the first consonant
            return List.of(new Place("ko", (cp - HANGUL_FIRST) / SYLLABLES_A_CONSONANT));
        }
        if (cp >= JAMO_FIRST && cp <= JAMO_LAST) {
            // a consonant written alone ("ㄱ ㄴ ㄷ"), which normalising the text makes a first consonant's own letter
            return List.of(new Place("ko", cp - JAMO_FIRST));
        }
        return PLACES.getOrDefault(UCharacter.toLowerCase(cp), List.of());
    }

    /** Hangul's syllables, laid out by their first consonant, then their vowel and last consonant. */
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int SYLLABLES_A_CONSONANT = 21 * 28;
    /** The first consonants' own letters, in the order the syllables keep. */
    private static final int JAMO_FIRST = 0x1100;
    private static final int JAMO_LAST = 0x1112;

    private static Map<String, List<Place>> names() {
        Map<String, List<Place>> names = new HashMap<>();
        for (String[] columns : WordLists.rows("letter-names.tsv")) {
            String[] letters = WordLists.words(columns[1]);
            for (int index = 0; index < letters.length; index++) {
                String[] spellings = letters[index].split("\\|");
                List<Place> letter = PLACES.get(spellings[0].codePointAt(0));
                if (spellings[0].codePointCount(0, spellings[0].length()) == 1 && letter != null) {
                    // a letter, then its names: each name at the letter's own places ("а, бэ, вэ", "a, bee, cee")
                    for (int i = 1; i < spellings.length; i++) {
                        add(names, spellings[i], letter);
                    }
                    continue;
                }
                for (String spelling : spellings) {
                    // Hebrew's and Arabic's names are an alphabet of their own: a name and a letter never follow
                    // each other
                    add(names, spelling, List.of(new Place(columns[0] + " names", index)));
                }
            }
        }
        names.replaceAll((name, places) -> List.copyOf(places));
        return Map.copyOf(names);
    }

    private static void add(Map<String, List<Place>> names, String spelling, List<Place> places) {
        List<Place> known = names.computeIfAbsent(NumberWords.key(TranscriptFeatures.normalize(spelling)),
                name -> new ArrayList<>());
        places.stream().filter(place -> !known.contains(place)).forEach(known::add);
    }

    /** Ethiopic lays each consonant's vowel forms out in a row of eight code points. */
    private static int syllableRow(int cp) {
        return cp / 8;
    }

    private static Map<Integer, List<Place>> places() {
        Map<Integer, List<Place>> places = new HashMap<>();
        for (String language : new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED)) {
            alphabet(language, script -> true, places);
        }
        ScriptAwareLanguageIdentifier.NAMED_BY_OWN_SCRIPT.forEach((language, scripts) -> alphabet(language,
                scripts::contains, places));
        places.replaceAll((letter, in) -> List.copyOf(in));
        return Map.copyOf(places);
    }

    /**
     * A language's letters in the order its collation gives them, a letter's forms that its collation does not tell
     * apart but by a mark, their case or their size sharing its place (German's "a" and "ä", Greek's "α" and "ά",
     * kana's "か" and "が", hiragana and katakana). Han is no alphabet, and Hangul is read by its syllables' first
     * consonant ({@link #of}); Ethiopic, a syllabary, by its code points' rows of vowel forms.
     */
    private static void alphabet(String language, Predicate<Character.UnicodeScript> scripts,
            Map<Integer, List<Place>> places) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<String> letters = new ArrayList<>();
        for (String letter : LocaleData.getExemplarSet(locale, 0, LocaleData.ES_STANDARD)) {
            int cp = letter.codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (letter.codePointCount(0, letter.length()) == 1 && UCharacter.isLetter(cp) && scripts.test(script)
                    && script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL) {
                letters.add(letter);
            }
        }
        if (!letters.isEmpty() && UScript.getScript(letters.get(0).codePointAt(0)) == UScript.ETHIOPIC) {
            syllabary(language, letters, places);
            return;
        }
        Collator order = Collator.getInstance(locale);
        order.setStrength(Collator.PRIMARY);
        letters.sort(order);
        int index = 0;
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0 && order.compare(letters.get(i - 1), letters.get(i)) != 0) {
                index++;
            }
            placeOf(UCharacter.toLowerCase(letters.get(i).codePointAt(0)), new Place(language, index), places);
        }
    }

    /**
     * A syllabary: a consonant's seven or eight vowel forms share its place in the order, each at its own in the row.
     */
    private static void syllabary(String language, List<String> letters, Map<Integer, List<Place>> places) {
        int index = 0;
        int row = -1;
        for (String letter : letters) {
            int cp = letter.codePointAt(0);
            if (syllableRow(cp) != row) {
                row = syllableRow(cp);
                index++;
            }
            placeOf(cp, new Place(language, index, cp % 8), places);
        }
    }

    private static void placeOf(int cp, Place place, Map<Integer, List<Place>> places) {
        List<Place> in = places.computeIfAbsent(cp, letter -> new ArrayList<>());
        if (in.stream().noneMatch(known -> known.alphabet().equals(place.alphabet()))) {
            in.add(place);
        }
    }
}
