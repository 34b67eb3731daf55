package io.callpipeline.core.gibberish;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * The table {@link NumberWords} looks numbers up in, spelt once: ICU's rule-based number format in every language the
 * identifier names, in those a script of its own names, and in every other language ICU spells numbers in (a count
 * over silence may come in any: Filipino "isá, dalawá, tatló", Indonesian "satu, dua, tiga"), then the spoken forms
 * ICU does not write ({@code spoken-numbers.tsv}) and the tens and units said together. Kept apart from the lookups so
 * that how the table is made can be read on its own.
 */
final class SpelledNumbers {

    /** A count goes on past a hundred one by one ("Сто один, сто два…", "cent un, cent deux…") as far as this. */
    private static final int COUNTED_ONE_BY_ONE = 199;

    /**
     * 0 to {@value #COUNTED_ONE_BY_ONE} one by one, then the hundreds by tens ("מאתיים ועשר", "двести двадцать") and
     * the round thousands.
     */
    private static final long[] COUNTED = LongStream.concat(LongStream.concat(
            LongStream.rangeClosed(0, COUNTED_ONE_BY_ONE), LongStream.rangeClosed(20, 100).map(t -> t * 10)),
            LongStream.rangeClosed(2, 10).map(t -> t * 1000)).toArray();

    /** The invisible hyphen ICU writes between the parts of a compound number (German, Dutch, Swedish, Finnish…). */
    private static final String SOFT_HYPHEN = "\u00AD";

    /** The ordinals spelled: "first" to "twentieth", as far as ordinals are counted. */
    private static final int MAX_ORDINAL = 20;

    private SpelledNumbers() {
    }

    /**
     * Every language's words for 0 to {@value #COUNTED_ONE_BY_ONE}, the hundreds by tens to 1,000 and the round
     * thousands to 10,000, in one word or a few; a word two numbers share in two languages keeps the first.
     */
    static Map<String, Long> spelled(Map<String, Long> dayOrdinals) {
        List<String> languages = new ArrayList<>(new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED));
        languages.addAll(ScriptAwareLanguageIdentifier.NAMED_BY_OWN_SCRIPT.keySet()); // after: a shared word keeps ours
        int named = languages.size();
        // last: a word the named languages share keeps theirs; a language named by a script of its own comes again
        // for its words in other scripts (Filipino's Latin, where Baybayin names it)
        languages.addAll(othersSpelled(ScriptAwareLanguageIdentifier.NAMED));
        Map<String, Long> words = new HashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            String language = languages.get(l);
            boolean other = l >= named;
            boolean ownScript = !other && !ScriptAwareLanguageIdentifier.NAMED.contains(language);
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
                    RuleBasedNumberFormat.SPELLOUT);
            if ((ownScript || other) && !format.getLocale(ULocale.ACTUAL_LOCALE).getLanguage().equals(language)) {
                continue; // ICU spells no numbers in it, and would in English
            }
            for (String ruleSet : format.getRuleSetNames()) {
                boolean ordinal = ruleSet.contains("ordinal");
                if (!ruleSet.contains("cardinal") && !ruleSet.equals("%spellout-numbering") && !ordinal) {
                    continue; // years are not counting
                }
                if (other && !ruleSet.equals("%spellout-numbering")) {
                    continue; // the languages nobody here speaks: their counting forms, not every case and gender
                }
                LongStream counted = ordinal ? LongStream.rangeClosed(1, MAX_ORDINAL) : LongStream.of(COUNTED);
                for (long n : counted.toArray()) {
                    // ICU joins a compound's parts with soft hyphens ("ein\u00ADund\u00ADzwanzig"): one word, as a
                    // transcript writes it
                    String said = String.join(" ", TranscriptFeatures.wordsOf(
                            format.format(n, ruleSet).replace(SOFT_HYPHEN, "")));
                    String word = NumberWords.numberKey(said);
                    boolean lettersOnly = word.codePoints()
                            .allMatch(c -> Character.isLetter(c) || c == ' ' || (ownScript || other) && isAMark(c));
                    if (word.isEmpty() || !lettersOnly || word.split(" ").length > NumberWords.MAX_PHRASE_WORDS
                            || ownScript && !ScriptAwareLanguageIdentifier.isOfAnOwnScript(word.codePointAt(0))) {
                        // a language a script of its own names keeps only its own script's words (not Hungarian's
                        // Latin)
                        continue;
                    }
                    if (ordinal && MeetingDays.isADaysName(word)) {
                        // an ordinal that is a weekday's name ("שני", Monday) is a caller's day ("שנייה" is not)
                        dayOrdinals.putIfAbsent(word, n);
                        continue;
                    }
                    words.putIfAbsent(word, n);
                    if (other) { // "isá, dalawá": Filipino as ICU writes it; a transcript writes it without its accents
                        words.putIfAbsent(withoutAccents(word), n);
                    }
                    if (language.equals("ar") && n >= 20 && n < 100 && word.endsWith("ون")) {
                        words.putIfAbsent(word.substring(0, word.length() - 2) + "ين", n);
                    }
                    int last = word.lastIndexOf(' ');
                    if (language.equals("he") && last > 0 && word.charAt(last + 1) != 'ו') {
                        // speech joins the last word with "and", as ICU does only for some: "מאתיים ועשרים"
                        words.putIfAbsent(word.substring(0, last + 1) + 'ו' + word.substring(last + 1), n);
                    }
                }
            }
        }
        spoken(words);
        compounds(words);
        return Map.copyOf(words);
    }

    /**
     * The languages but {@code named} that ICU spells numbers in with rules of their own (Filipino, Indonesian,
     * Swahili, Vietnamese, Hungarian…), each once, in a stable order.
     */
    private static List<String> othersSpelled(Set<String> named) {
        TreeSet<String> others = new TreeSet<>();
        for (ULocale locale : RuleBasedNumberFormat.getAvailableULocales()) {
            String language = locale.getLanguage();
            if (!language.isEmpty() && !named.contains(language)) {
                others.add(language);
            }
        }
        return new ArrayList<>(others);
    }

    /** The word without the accents written on its letters ("isá" is "isa"). */
    private static String withoutAccents(String word) {
        return Normalizer.normalize(Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", ""),
                Normalizer.Form.NFC);
    }

    /**
     * The tens and units said together in every form each is known in: Arabic says the unit first, joined by "و"
     * ("اثنين وعشرين", where ICU writes "إثنان وعشرون" and speech the other case), Amharic the tens first ("ሃያ አንድ",
     * where ICU writes "ሁለት አስር አንድ"); ICU's own forms are among them.
     */
    private static void compounds(Map<String, Long> words) {
        Map<String, Long> units = new HashMap<>();
        Map<String, Long> tens = new HashMap<>();
        words.forEach((word, n) -> {
            if (word.indexOf(' ') < 0 && (isArabic(word) || CallersOwnWords.isEthiopic(word))) {
                if (n >= 1 && n <= 9) {
                    units.put(word, n);
                } else if (n >= 20 && n <= 90 && n % 10 == 0) {
                    tens.put(word, n);
                }
            }
        });
        units.forEach((unit, u) -> tens.forEach((ten, t) -> {
            if (CallersOwnWords.isEthiopic(unit) && CallersOwnWords.isEthiopic(ten)) {
                words.putIfAbsent(ten + " " + unit, t + u); // "ሃያ አንድ"
            } else if (isArabic(unit) && isArabic(ten)) {
                words.putIfAbsent(unit + " و" + ten, t + u); // "اثنين وعشرين"
            }
        }));
    }

    /** A vowel sign or other mark written on a letter, as Devanagari's and Thai's are ("तीन", "สี่"). */
    private static boolean isAMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isArabic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** The spoken forms ICU does not write, from {@code spoken-numbers.tsv}. */
    private static void spoken(Map<String, Long> words) {
        for (String[] columns : WordLists.rows("spoken-numbers.tsv")) {
            long value = Long.parseLong(columns[1].strip());
            for (String word : WordLists.words(columns[2])) {
                // "أحد_عشر": a number said in two words
                words.putIfAbsent(NumberWords.numberKey(word.replace('_', ' ')), value);
            }
        }
    }
}
