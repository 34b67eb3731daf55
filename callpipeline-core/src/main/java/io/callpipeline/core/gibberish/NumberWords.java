package io.callpipeline.core.gibberish;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
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
        Long spelled = WORDS.get(word.toLowerCase(Locale.ROOT));
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
                    String word = format.format(n, ruleSet).strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && word.codePoints().allMatch(Character::isLetter)) {
                        words.putIfAbsent(word, n);
                    }
                }
            }
        }
        return Map.copyOf(words);
    }
}
