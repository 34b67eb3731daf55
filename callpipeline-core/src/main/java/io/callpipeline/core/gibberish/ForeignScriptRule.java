package io.callpipeline.core.gibberish;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hebrew was expected but most of the text is not Hebrew: Latin strings that are no English word,
 * Cyrillic or Arabic letters, symbols. English words, brand names, emails, URLs and numbers that
 * Israeli callers mix in ("my email is dana@gmail.com", "iPhone", "WhatsApp") are not counted
 * against the call, nor are Cyrillic or Arabic words in a call with enough Hebrew to be a Hebrew call, nor French,
 * Spanish or Italian words there (Latin words a language could be written in, three or more).
 */
public final class ForeignScriptRule implements GibberishRule {

    public static final String CODE = "foreign_script";

    /** Common English words and brand names callers use, shipped in the jar. */
    public static final Set<String> KNOWN_LATIN_WORDS = loadKnownWords();

    /** Latin words a code-switched call says before they can be told to be a language's. */
    private static final int MIN_SWITCHED_WORDS = 3;
    /**
     * Hebrew a call that switches to a Latin-script language keeps: a caller says the flat, the street and the names
     * in Hebrew ("הדירה ברחוב הרצל") even where French or Italian are most of the letters; Whisper's Latin inventions
     * carry none.
     */
    private static final double MIN_SWITCHED_HEBREW_SHARE = 0.15;
    /**
     * Hebrew words around a word or two of English the known list lacks that make them a caller's switch ("Hi, קיבלתי
     * את ה-contract, יש לי questions"): a Hebrew sentence carries them, which no Latin invention does.
     */
    private static final int MIN_HEBREW_WORDS_AROUND = 2;

    private final Set<String> knownLatinWords;
    private final double maxForeignShare;

    /**
     * @param extraLatinWords the host's own allowed words (brands, product names), any case
     * @param maxForeignShare the share of characters that may be foreign (default 0.5)
     */
    public ForeignScriptRule(Set<String> extraLatinWords, double maxForeignShare) {
        Set<String> words = new HashSet<>(KNOWN_LATIN_WORDS);
        extraLatinWords.forEach(w -> words.add(TranscriptFeatures.normalize(w)));
        this.knownLatinWords = Set.copyOf(words);
        this.maxForeignShare = maxForeignShare;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        if (switchesLanguages(t) || aShortCallInAnotherLanguage(t)) {
            return Optional.empty(); // "السلام عليكم, the flat across from the cinema? بعرف المنطقة", "Rappelez-moi."
        }
        boolean codeSwitched = codeSwitched(t);
        int foreign = (codeSwitched ? 0 : t.otherLetters()) + t.symbols();
        List<String> unknownLatin = new ArrayList<>();
        for (String word : t.words()) {
            if (isLatin(word) && !knownLatinWords.contains(word)) {
                unknownLatin.add(word);
            }
        }
        if (!switchesToALatinLanguage(t, unknownLatin)) {
            for (String word : unknownLatin) {
                foreign += word.length();
            }
        }
        int characters = t.letters() + t.symbols();
        if (characters == 0 || (double) foreign / characters <= maxForeignShare) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "רוב התמלול אינו בעברית (אותיות זרות או סימנים)"));
    }

    /**
     * A call too short for the identifier to name its language, with no Hebrew in it, that asks a question or says a
     * caller's word (a call back, the flat: {@link CallerWords}) in a language's letters ("Rappelez-moi.", "¿Sigue
     * disponible?"): something a call is about, in the caller's own language. A keyboard's run is no language's.
     */
    private static boolean aShortCallInAnotherLanguage(TranscriptFeatures t) {
        if (t.hebrewLetters() > 0 || !(TranscriptFeatures.asksAQuestion(t.transcript().text())
                || CallerWords.anyIn(t.words()))) {
            return false;
        }
        List<String> latin = t.words().stream().filter(ForeignScriptRule::isLatin).toList();
        return latin.isEmpty() || aLanguagesWords(latin);
    }

    /**
     * Hebrew with another script's words mixed in, as Israel's callers switch between Hebrew and
     * Russian or Arabic ("Алло, это по поводу דירה ברחוב הרצל"): enough Hebrew letters to make the
     * call Hebrew, the rest in that script. Whisper's foreign-script inventions carry no Hebrew.
     */
    private static boolean codeSwitched(TranscriptFeatures t) {
        return t.letters() > 0 && (double) t.hebrewLetters() / t.letters() >= ScriptAwareLanguageIdentifier.HEBREW_SHARE;
    }

    /**
     * A call in two languages, neither Hebrew, each in its own script ("ሰላም, thanks for the tour, ባለቤቴ ወዳዋለች"), or in
     * three scripts ("ሰላም, the fridge stays? תודה"): the identifier names none, so the transcript is judged as
     * Hebrew, but Whisper's inventions over silence are in the one language it heard
     * ({@link TranscriptFeatures#switchesScript}). The Latin words must be a language's, not a keyboard's.
     */
    private static boolean switchesLanguages(TranscriptFeatures t) {
        // Hebrew and Latin alone are two scripts at most, and most calls: nothing to count
        if (t.otherLetters() == 0 || !(t.hebrewLetters() == 0 && t.switchesScript(2) || t.scripts() >= 3)) {
            return false;
        }
        List<String> latin = t.words().stream().filter(ForeignScriptRule::isLatin).toList();
        return latin.isEmpty() || aLanguagesWords(latin);
    }

    /** Whether Latin words are a language's, not a keyboard's: "qwertyuiop" has vowels, but no language. */
    private static boolean aLanguagesWords(List<String> latinWords) {
        return latinWords.stream().noneMatch(KeyboardRule::typed)
                && ScriptAwareLanguageIdentifier.pronounceable(String.join(" ", latinWords));
    }

    /**
     * Whether the Latin words of a code-switched call are a language's ("Bonjour, je voudrais savoir si
     * l'appartement, הדירה ברחוב הרצל, est toujours disponible"): a few of them, or one or two among Hebrew words, in
     * letters a language could be written in, beside Hebrew words. Keyboard runs ("asdfgh qwerty") are not, and stay
     * foreign.
     */
    private static boolean switchesToALatinLanguage(TranscriptFeatures t, List<String> latinWords) {
        if (latinWords.isEmpty()
                || latinWords.size() < MIN_SWITCHED_WORDS && hebrewWords(t) < MIN_HEBREW_WORDS_AROUND) {
            return false;
        }
        return t.hebrewLetters() >= t.letters() * MIN_SWITCHED_HEBREW_SHARE && aLanguagesWords(latinWords);
    }

    /** How many of the words are Hebrew, up to {@value #MIN_HEBREW_WORDS_AROUND}: counted only when asked. */
    private static int hebrewWords(TranscriptFeatures t) {
        int hebrew = 0;
        for (String word : t.words()) {
            if (UnicodeScript.of(word.codePointAt(0)) == UnicodeScript.HEBREW && ++hebrew >= MIN_HEBREW_WORDS_AROUND) {
                break;
            }
        }
        return hebrew;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x250 && Character.isLetter(c))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadKnownWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ForeignScriptRule.class.getResourceAsStream("known-latin-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-latin-words.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                for (String word : line.split("\\s+")) {
                    if (!word.isBlank() && !line.startsWith("#")) {
                        words.add(word.strip().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
