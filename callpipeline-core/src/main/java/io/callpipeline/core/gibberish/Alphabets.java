package io.callpipeline.core.gibberish;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each letter's place in its language's alphabet, for every language the identifier names
 * (Amharic and Greek by their scripts included): the letters are ICU's exemplar characters for the language (its standard alphabet, in
 * the order of their code points, which is alphabetical order for the scripts callers write; for a language a script
 * of its own names, Hindi, Thai, Japanese's kana, Georgian, in its collation's order, and Korean by its syllables'
 * first consonant), so a
 * transcript reciting "א ב ג ד", "a b c d" or "а б в г" is known in any of them without a list of
 * ours. Hebrew, Arabic and Cyrillic letters are also recited by name ("אלף, בית, גימל", "ألف، باء، تاء", "а, бэ,
 * вэ"), and any alphabet by the spelling alphabet's words ("Alfa, Bravo, Charlie"); those names, which ICU does not
 * have, are in {@code letter-names.tsv}.
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

        /** Whether {@code next} follows this letter: a place or two on either way, or the next vowel form in its row. */
        boolean followedBy(Place next) {
            int step = Math.abs(next.index - index);
            return alphabet.equals(next.alphabet)
                    && (step >= 1 && step <= 2 || step == 0 && Math.abs(next.inRow - inRow) == 1);
        }
    }

    private static final Map<Integer, Place> PLACES = places();
    /** The letters said by name ("אלף", "باء"), from {@code letter-names.tsv}, by their lookup form. */
    private static final Map<String, Place> NAMES = names();

    private Alphabets() {
    }

    /** The place of a one-letter word or a letter's name, if it is a letter of one of the alphabets. */
    static Place of(String word) {
        if (word.codePointCount(0, word.length()) != 1) {
            char first = word.charAt(0);
            // Hebrew, Arabic and Cyrillic letters are recited by name; Hebrew has no case and no variants to fold
            return first >= 0x0590 && first <= 0x05FF ? NAMES.get(word)
                    : first >= 0x0600 && first <= 0x06FF ? NAMES.get(NumberWords.key(word))
                    : first >= 0x0400 && first <= 0x04FF || first < 0x0250
                    ? NAMES.get(word.toLowerCase(java.util.Locale.ROOT))
                    : null; // the spelling alphabet's words in Latin letters ("alfa, bravo, charlie") are names too
        }
        int cp = word.codePointAt(0);
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            return new Place("ko", (cp - HANGUL_FIRST) / SYLLABLES_A_CONSONANT); // "가 나 다 라": by the first consonant
        }
        if (cp >= JAMO_FIRST && cp <= JAMO_LAST) {
            // a consonant written alone ("ㄱ ㄴ ㄷ"), which normalising the text makes a first consonant's own letter
            return new Place("ko", cp - JAMO_FIRST);
        }
        return PLACES.get(UCharacter.toLowerCase(cp));
    }

    /** Hangul's syllables, laid out by their first consonant, then their vowel and last consonant. */
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int SYLLABLES_A_CONSONANT = 21 * 28;
    /** The first consonants' own letters, in the order the syllables keep. */
    private static final int JAMO_FIRST = 0x1100;
    private static final int JAMO_LAST = 0x1112;

    private static Map<String, Place> names() {
        Map<String, Place> names = new HashMap<>();
        for (String[] columns : WordLists.rows("letter-names.tsv")) {
            String[] letters = WordLists.words(columns[1]);
            for (int index = 0; index < letters.length; index++) {
                String[] spellings = letters[index].split("\\|");
                Place letter = PLACES.get(spellings[0].codePointAt(0));
                if (spellings[0].codePointCount(0, spellings[0].length()) == 1 && letter != null) {
                    // a Cyrillic letter, then its names: each name at the letter's own place ("а, бэ, вэ")
                    for (int i = 1; i < spellings.length; i++) {
                        names.putIfAbsent(TranscriptFeatures.normalize(spellings[i]), letter);
                    }
                    continue;
                }
                for (String spelling : spellings) {
                    // Hebrew's and Arabic's names are an alphabet of their own: a name and a letter never follow
                    // each other
                    names.putIfAbsent(NumberWords.key(TranscriptFeatures.normalize(spelling)),
                            new Place(columns[0] + " names", index));
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Ethiopic lays each consonant's vowel forms out in a row of eight code points. */
    private static int syllableRow(int cp) {
        return cp / 8;
    }

    private static Map<Integer, Place> places() {
        Set<String> languages = new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED);
        Map<Integer, Place> places = new HashMap<>();
        for (String language : languages) {
            UnicodeSet letters = LocaleData.getExemplarSet(ULocale.forLanguageTag(language), 0,
                    LocaleData.ES_STANDARD);
            int index = 0;
            int row = -1;
            for (String letter : letters) {
                int cp = letter.codePointAt(0);
                if (letter.codePointCount(0, letter.length()) != 1 || !UCharacter.isLetter(cp)) {
                    continue;
                }
                if (UScript.getScript(cp) == UScript.ETHIOPIC) {
                    // a syllabary: a consonant's seven or eight vowel forms share its place in the order
                    if (syllableRow(cp) != row) {
                        row = syllableRow(cp);
                        index++;
                    }
                    places.putIfAbsent(cp, new Place(language, index, cp % 8));
                } else {
                    places.putIfAbsent(UCharacter.toLowerCase(cp), new Place(language, index++));
                }
            }
        }
        ScriptAwareLanguageIdentifier.NAMED_BY_OWN_SCRIPT.forEach((language, scripts) -> ownScript(language, scripts,
                places));
        return Map.copyOf(places);
    }

    /**
     * The letters of a language a script of its own names, in the order its collation gives them, a letter's forms
     * that differ only in a mark or their size sharing its place (kana's "か" and "が", "つ" and "っ", hiragana and
     * katakana; the recited order is the collation's, which code points keep only in part). Han is no alphabet, and
     * Hangul is read by its syllables' first consonant ({@link #of}).
     */
    private static void ownScript(String language, Set<Character.UnicodeScript> scripts, Map<Integer, Place> places) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<String> letters = new ArrayList<>();
        for (String letter : LocaleData.getExemplarSet(locale, 0, LocaleData.ES_STANDARD)) {
            int cp = letter.codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (letter.codePointCount(0, letter.length()) == 1 && UCharacter.isLetter(cp) && scripts.contains(script)
                    && script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL) {
                letters.add(letter);
            }
        }
        Collator order = Collator.getInstance(locale);
        order.setStrength(Collator.PRIMARY);
        letters.sort(order);
        int index = 0;
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0 && order.compare(letters.get(i - 1), letters.get(i)) != 0) {
                index++;
            }
            places.putIfAbsent(letters.get(i).codePointAt(0), new Place(language, index));
        }
    }
}
