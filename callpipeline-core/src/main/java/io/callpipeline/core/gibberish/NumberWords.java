package io.callpipeline.core.gibberish;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers a transcript's words say, as digits or as words in any language the language
 * identifier names (and Amharic): "4", "ארבע", "четыре", "أربعة", "quatre" are all 4. The words are
 * not our list but ICU's rule-based number format, which spells every number in each language's own
 * forms (masculine, feminine, and the rest of its public cardinal rule sets), so counting is caught
 * in languages nobody wrote a rule for. Single words only, 0 to 100: what counting loops are made of.
 *
 * <p>ICU spells the written language; people count in the spoken one. So Arabic words are looked up
 * with their letter variants folded (a transcript writes اربعة or أربعة, تلاته or تلاتة), the tens are
 * also known in the -ين form speech uses for all of them (عشرين beside ICU's عشرون), and the spoken
 * forms of dialects and of counting aloud come from {@code spoken-numbers.tsv} (Levantine and Egyptian
 * Arabic, Russian «раз»).
 */
final class NumberWords {

    /** The largest number spelled: counting loops seldom pass it. */
    static final int MAX = 100;

    private static final Map<String, Long> WORDS = spelled();

    private NumberWords() {
    }

    /** The number a word says, if it says one. */
    static OptionalLong value(String word) {
        if (word.isEmpty()) {
            return OptionalLong.empty();
        }
        if (word.length() <= 9 && word.chars().allMatch(Character::isDigit)) {
            return OptionalLong.of(Long.parseLong(word));
        }
        Long spelled = WORDS.get(key(word));
        return spelled == null ? OptionalLong.empty() : OptionalLong.of(spelled);
    }

    /** Every language's words for 0 to {@value #MAX}; a word two numbers share in two languages keeps the first. */
    private static Map<String, Long> spelled() {
        Set<String> languages = new TreeSet<>(ScriptAwareLanguageIdentifier.LANGUAGES);
        languages.add("am");
        Map<String, Long> words = new HashMap<>();
        for (String language : languages) {
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
                    RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : format.getRuleSetNames()) {
                if (!ruleSet.contains("cardinal") && !ruleSet.equals("%spellout-numbering")) {
                    continue; // ordinals ("second floor") and years are not counting
                }
                for (long n = 0; n <= MAX; n++) {
                    String word = key(format.format(n, ruleSet).strip());
                    if (!word.isEmpty() && word.codePoints().allMatch(Character::isLetter)) {
                        words.putIfAbsent(word, n);
                        if (language.equals("ar") && n >= 20 && word.endsWith("ون")) {
                            words.putIfAbsent(word.substring(0, word.length() - 2) + "ين", n);
                        }
                    }
                }
            }
        }
        spoken(words);
        return Map.copyOf(words);
    }

    /** The spoken forms ICU does not write, from {@code spoken-numbers.tsv}. */
    private static void spoken(Map<String, Long> words) {
        try (InputStream in = NumberWords.class.getResourceAsStream("spoken-numbers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("spoken-numbers.tsv is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                long value = Long.parseLong(columns[1].strip());
                for (String word : columns[2].strip().split(" +")) {
                    words.putIfAbsent(key(word), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read spoken-numbers.tsv", e);
        }
    }

    /** A word as it is looked up: lower case, Arabic letter variants folded to one. */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            return lower;
        }
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            folded.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c;
            });
        }
        return folded.toString();
    }
}
