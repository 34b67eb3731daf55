package io.callpipeline.core.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The default {@link LanguageIdentifier}: the script decides first, the Optimaize n-gram profiles
 * then name the language within it. Hebrew, Arabic, Cyrillic, Ethiopic and Greek letters each
 * belong to few languages, so a call whose letters are mostly one of them is in that script's
 * language even when it is three words long; Latin letters are shared by many, so the profiles
 * decide, and Latin text they cannot place with confidence (junk, a URL, letters at random) stays
 * undetermined. Code-switched Hebrew ("יש לי meeting ב-Zoom") is Hebrew: Hebrew letters win when
 * they are at least {@link #HEBREW_SHARE} of the text's letters.
 *
 * <p>A script of its own that none of those is (Devanagari, Thai, Georgian, Han, Hangul, kana) names the language
 * ICU's likely-subtags data gives it ({@link #NAMED} lists only the languages the guard keeps word lists for).
 *
 * <p>Only the languages a line in Israel hears are profiled ({@link #LANGUAGES}), which keeps
 * short texts from being read as a neighbour language nobody speaks here. Thread-safe.
 */
public final class ScriptAwareLanguageIdentifier implements LanguageIdentifier {

    /** The languages named within a shared script (Amharic is told by its own script). */
    public static final Set<String> LANGUAGES = Set.of("he", "ar", "fa", "ru", "uk", "en", "fr", "es", "de", "it",
            "pt", "ro", "pl", "nl", "tr");

    /** Every language this identifier names: those above, and those a script alone names (Amharic, Greek). */
    public static final Set<String> NAMED = Set.of("he", "ar", "fa", "ru", "uk", "en", "fr", "es", "de", "it",
            "pt", "ro", "pl", "nl", "tr", "am", "el");

    /**
     * The languages a script of its own names ({@link #identify} names them as ICU's likely-subtags data does: Korean
     * from Hangul, Japanese from kana, Chinese from Han, Hindi from Devanagari, Thai, Georgian, Armenian, Bengali, …),
     * each with the scripts that name it, where ICU has the language's data. The guard keeps no word lists for them,
     * but counts and alphabets in them are read from ICU's data as in {@link #NAMED}.
     */
    public static final Map<String, Set<Character.UnicodeScript>> NAMED_BY_OWN_SCRIPT = namedByOwnScript();

    /** Hebrew letters at least this share of the letters make a call Hebrew, whatever else is mixed in. */
    public static final double HEBREW_SHARE = 0.3;

    /** Fewer letters than this tell nothing (a Hebrew "כן" is two, and Hebrew letters are Hebrew). */
    private static final int MIN_LETTERS = 2;
    /** Web and e-mail addresses carry no language: "www.example.com" is not English. */
    private static final Pattern ADDRESSES = Pattern.compile(
            "\\S+@\\S+|\\S*(?:https?://|www\\.)\\S*|\\S+\\.(?:com|org|net|io|il|co)(?:[/.]\\S*)?(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** Every language written in Latin letters has at least this share of vowels (Czech and Polish about 0.35). */
    private static final double MIN_VOWEL_SHARE = 0.2;
    /** At most this share of a Latin text's words may lack a vowel ("Mr", "St" and "km" do; "vghj bnm" is junk). */
    private static final double MAX_WORDS_WITHOUT_VOWELS = 0.34;
    private static final String VOWELS = "aeiouy";
    /** A Latin-script language must be at least this probable, or the text stays undetermined… */
    private static final double MIN_LATIN_PROBABILITY = 0.85;
    /**
     * …unless the text is a sentence: this many pronounceable words are a language even when the
     * profiles cannot agree which ("A grandes males, grandes remedios."), so the likeliest is taken.
     */
    private static final int SENTENCE_WORDS = 3;

    private enum Script { HEBREW, ARABIC, CYRILLIC, ETHIOPIC, GREEK, LATIN, OTHER }

    private final LanguageDetector detector;

    public ScriptAwareLanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(
                    LANGUAGES.stream().map(LdLocale::fromString).toList());
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("The language profiles are missing from the classpath", e);
        }
    }

    @Override
    public IdentifiedLanguage identify(String text) {
        if (text == null || text.isBlank()) {
            return IdentifiedLanguage.undetermined();
        }
        text = ADDRESSES.matcher(text).replaceAll(" ");
        Map<Script, Integer> letters = countLetters(text);
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (total < MIN_LETTERS) {
            return IdentifiedLanguage.undetermined();
        }
        int hebrew = letters.getOrDefault(Script.HEBREW, 0);
        if ((double) hebrew / total >= HEBREW_SHARE) {
            return new IdentifiedLanguage("he", (double) hebrew / total);
        }
        Script dominant = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double share = (double) letters.get(dominant) / total;
        return switch (dominant) {
            case ETHIOPIC -> new IdentifiedLanguage("am", share);
            case GREEK -> new IdentifiedLanguage("el", share);
            case ARABIC -> within(text, Set.of("ar", "fa"), "ar", share);
            case CYRILLIC -> within(text, Set.of("ru", "uk"), "ru", share);
            case LATIN -> total < 2 * MIN_LETTERS ? IdentifiedLanguage.undetermined() : latin(text, share);
            default -> ownScript(text, share);
        };
    }

    /**
     * A script written for one language or a few, none of those above (Devanagari, Thai, Georgian, Han, Hangul…):
     * the language ICU's likely-subtags data gives that script (Hindi, Thai, Georgian, Chinese, Korean), Japanese
     * where kana are among the Han. Israel's lines hear the languages of its caregivers and workers too, and a
     * Hindi or Thai call is a call, not text in a foreign script.
     */
    private static IdentifiedLanguage ownScript(String text, double share) {
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (scriptOf(cp) == Script.OTHER) {
                scripts.merge(script, 1, Integer::sum);
            }
        });
        boolean kana = scripts.containsKey(Character.UnicodeScript.HIRAGANA)
                || scripts.containsKey(Character.UnicodeScript.KATAKANA);
        Character.UnicodeScript dominant = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Character.UnicodeScript.UNKNOWN);
        if (kana && (dominant == Character.UnicodeScript.HAN || dominant == Character.UnicodeScript.HIRAGANA
                || dominant == Character.UnicodeScript.KATAKANA)) {
            return new IdentifiedLanguage("ja", share);
        }
        int code = UScript.getCodeFromName(dominant.name());
        if (code == UScript.INVALID_CODE || code == UScript.UNKNOWN || code == UScript.COMMON) {
            return IdentifiedLanguage.undetermined();
        }
        String language = ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(code))).getLanguage();
        return language.isEmpty() || "und".equals(language)
                ? IdentifiedLanguage.undetermined() : new IdentifiedLanguage(language, share);
    }

    /**
     * Whether a letter is of a script of its own ({@link #NAMED_BY_OWN_SCRIPT}): not Latin, Cyrillic, Hebrew, Arabic,
     * Greek or Ethiopic, nor a sign every script shares.
     */
    public static boolean isOfAnOwnScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return scriptOf(script) == Script.OTHER && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED && script != Character.UnicodeScript.UNKNOWN;
    }

    private static Map<String, Set<Character.UnicodeScript>> namedByOwnScript() {
        Set<String> withData = new HashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            withData.add(locale.getLanguage());
        }
        Map<String, Set<Character.UnicodeScript>> named = new TreeMap<>();
        for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
            int code = UScript.getCodeFromName(script.name());
            if (code == UScript.INVALID_CODE || code == UScript.UNKNOWN || code == UScript.COMMON
                    || code == UScript.INHERITED || scriptOf(script) != Script.OTHER) {
                continue;
            }
            String language = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    ? "ja" : ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(code))).getLanguage();
            if (withData.contains(language) && !NAMED.contains(language)) {
                named.computeIfAbsent(language, l -> EnumSet.noneOf(Character.UnicodeScript.class)).add(script);
            }
        }
        named.replaceAll((language, scripts) -> Collections.unmodifiableSet(scripts));
        return Collections.unmodifiableMap(named);
    }

    /** A script of few languages: the profiles choose among them, the script's usual one otherwise. */
    private IdentifiedLanguage within(String text, Set<String> candidates, String usual, double share) {
        for (DetectedLanguage guess : probabilities(text)) {
            if (candidates.contains(guess.getLocale().getLanguage()) && guess.getProbability() >= 0.9) {
                return new IdentifiedLanguage(guess.getLocale().getLanguage(), share * guess.getProbability());
            }
        }
        return new IdentifiedLanguage(usual, share);
    }

    private IdentifiedLanguage latin(String text, double share) {
        if (!pronounceable(text)) {
            return IdentifiedLanguage.undetermined(); // no language written in Latin letters reads like "xkcd qwrtp"
        }
        boolean sentence = words(text) >= SENTENCE_WORDS;
        for (DetectedLanguage guess : probabilities(text)) {
            String language = guess.getLocale().getLanguage();
            if (!"he".equals(language) && !"ar".equals(language) && !"fa".equals(language) && !"ru".equals(language)
                    && !"uk".equals(language) && (sentence || guess.getProbability() >= MIN_LATIN_PROBABILITY)) {
                return new IdentifiedLanguage(language, share * guess.getProbability());
            }
        }
        return IdentifiedLanguage.undetermined();
    }

    /**
     * Whether Latin letters could be words of a language: enough vowels overall (accents ignored),
     * and few words of three letters or more without any. The guard asks it of the Latin words in a Hebrew call:
     * French or Italian said between Hebrew words is a caller switching languages, "asdfgh qwerty" is not.
     */
    public static boolean pronounceable(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        long latin = plain.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        long vowels = plain.codePoints().filter(cp -> VOWELS.indexOf(cp) >= 0).count();
        if (latin == 0 || (double) vowels / latin < MIN_VOWEL_SHARE) {
            return false;
        }
        int words = 0;
        int withoutVowels = 0;
        for (String word : plain.split("[^\\p{L}]+")) {
            if (word.length() >= 3) {
                words++;
                if (word.chars().noneMatch(c -> VOWELS.indexOf(c) >= 0)) {
                    withoutVowels++;
                }
            }
        }
        return words == 0 || (double) withoutVowels / words <= MAX_WORDS_WITHOUT_VOWELS;
    }

    /** Words of two letters or more. */
    private static int words(String text) {
        int words = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            words += word.length() >= 2 ? 1 : 0;
        }
        return words;
    }

    private List<DetectedLanguage> probabilities(String text) {
        return detector.getProbabilities(CommonTextObjectFactories.forDetectingShortCleanText().forText(text));
    }

    private static Map<Script, Integer> countLetters(String text) {
        Map<Script, Integer> counts = new EnumMap<>(Script.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(scriptOf(cp), 1, Integer::sum));
        return counts;
    }

    private static Script scriptOf(int codePoint) {
        return scriptOf(Character.UnicodeScript.of(codePoint));
    }

    private static Script scriptOf(Character.UnicodeScript script) {
        return switch (script) {
            case HEBREW -> Script.HEBREW;
            case ARABIC -> Script.ARABIC;
            case CYRILLIC -> Script.CYRILLIC;
            case ETHIOPIC -> Script.ETHIOPIC;
            case GREEK -> Script.GREEK;
            case LATIN -> Script.LATIN;
            default -> Script.OTHER;
        };
    }
}
