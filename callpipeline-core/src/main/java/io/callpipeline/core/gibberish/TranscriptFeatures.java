package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Transcript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript read once for all rules: its text without niqqud and in lower case, its words, and
 * how many of its letters are in which script. Rules look at these instead of each re-scanning the
 * text, which keeps the whole check well under a millisecond.
 */
public final class TranscriptFeatures {

    private static final Pattern EMAIL_OR_URL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[a-z]{2,}|(?:https?://|www\\.)\\S+|" + Tags.PATTERN);
    private static final String WORD_PUNCTUATION = "'\"׳״`’";
    /** "ʼ", which Unicode counts a letter: ICU spells Ukrainian's "пʼять" with it, where transcripts write "п'ять". */
    private static final int MODIFIER_APOSTROPHE = 0x2BC;

    private final Transcript transcript;
    private final String text;
    /** The text with its emails and URLs blanked, as the words were read from it. */
    private final String scanned;
    private final List<String> words;
    /** The words as written, in their case; read only when a rule asks ({@link #writtenInLowerCase}). */
    private List<String> writtenWords;
    private final int hebrewLetters;
    private final int latinLetters;
    private final int otherLetters;
    private final int digits;
    private final int symbols;
    private final int emailsAndUrls;

    private TranscriptFeatures(Transcript transcript) {
        this.transcript = transcript;
        this.text = normalize(transcript.text());
        String scanned = text;
        int addresses = 0;
        if (text.indexOf('@') >= 0 || text.contains("www.") || text.contains("http") || text.indexOf('#') >= 0) {
            Matcher m = EMAIL_OR_URL.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                addresses++;
                m.appendReplacement(rest, " ".repeat(m.end() - m.start()));
            }
            scanned = m.appendTail(rest).toString();
        }
        this.scanned = scanned;
        this.emailsAndUrls = addresses;
        int hebrew = 0;
        int latin = 0;
        int other = 0;
        int digitCount = 0;
        int symbolCount = 0;
        for (int i = 0; i < scanned.length(); ) {
            int cp = scanned.codePointAt(i);
            i += Character.charCount(cp);
            if (isHebrewLetter(cp)) {
                hebrew++;
            } else if (cp >= 'a' && cp <= 'z') {
                latin++;
            } else if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HEBREW) {
                    hebrew++;
                } else {
                    other++;
                }
            } else if (Character.isDigit(cp)) {
                digitCount++;
            } else if (isSymbol(cp)) {
                symbolCount++;
            }
        }
        this.words = tokens(scanned);
        this.hebrewLetters = hebrew;
        this.latinLetters = latin;
        this.otherLetters = other;
        this.digits = digitCount;
        this.symbols = symbolCount;
    }

    /**
     * Letters and digits in a row make a word, with the vowel signs and marks written on them (Devanagari's and
     * Thai's vowels are marks: "देखने" is one word, not three); quotes inside one (Hebrew abbreviations, "don't") are
     * dropped; a run in a script written without spaces is split into its words ({@link UnspacedWords}).
     */
    private static List<String> tokens(String scanned) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < scanned.length(); ) {
            int cp = scanned.codePointAt(i);
            i += Character.charCount(cp);
            // Ukrainian's apostrophe written as ICU spells it, a letter ("пʼять"), is read as the one Whisper writes
            if (cp != MODIFIER_APOSTROPHE && (Character.isLetter(cp) || Character.isDigit(cp))
                    || !word.isEmpty() && isMark(cp)) {
                word.appendCodePoint(cp);
            } else if (WORD_PUNCTUATION.indexOf(cp) < 0 && cp != MODIFIER_APOSTROPHE || word.isEmpty()) {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return List.copyOf(tokens);
    }

    /** Reads a transcript. */
    public static TranscriptFeatures of(Transcript transcript) {
        return new TranscriptFeatures(transcript);
    }

    /** The words of a piece of text, as {@link #words()} gives them for a whole transcript. */
    public static List<String> wordsOf(String text) {
        return of(new Transcript("", text, List.of(), "", null)).words();
    }

        /**
     * Whether the text asks a question, in any script's mark for one: "?", Arabic's and Persian's "؟", the full-width
     * "？" of Chinese and Japanese, Ethiopic's "፧", and Greek's, which is written as a semicolon (U+037E, which NFKC
     * makes one): a semicolon after a Greek letter asks. A short text that asks is a caller's, whatever its words.
     */
    public static boolean asksAQuestion(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isQuestionMark(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} is a question's mark ({@link #asksAQuestion}). */
    static boolean isQuestionMark(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '?', '؟', '？', '፧', '\u037E' -> true;
            case ';' -> i > 0 && Character.UnicodeScript.of(text.codePointBefore(i)) == Character.UnicodeScript.GREEK;
            default -> false;
        };
    }

/**
     * Lower case, niqqud, cantillation and Arabic vowel marks removed, whitespace collapsed: the form phrases are
     * matched against.
     */
    public static String normalize(String raw) {
        return normalize(raw, true);
    }

    private static String normalize(String raw, boolean lowerCase) {
        String decomposed = Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
                ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x0591 && cp <= 0x05C7 && cp != 0x05BE && cp != 0x05C0 && cp != 0x05C3 && cp != 0x05C6) {
                continue;
            }
            if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp == 0x0640) { // Arabic vowel marks and tatweel
                continue;
            }
            if (Character.isWhitespace(cp)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.appendCodePoint(lowerCase ? Character.toLowerCase(cp) : cp);
                space = false;
            }
        }
        return out.toString().strip();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        boolean symbol = type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.CONTROL || type == Character.SURROGATE;
        return symbol && cp != '+' && cp != '=' && cp != '%';
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            UnspacedWords.addSplit(word.toString(), tokens);
            word.setLength(0);
        }
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /**
     * Whether the words are written in two scripts, {@code each} words or more in each ("Ok, תודה, bye" with one,
     * "مرحبا، הלינק עובד עכשיו, شكرا" with two): a speaker switching languages as Israel's callers do, where Whisper's
     * pleasantries, fillers and endings over silence are in the one language it heard. Japanese's three scripts are
     * one; a brand's name in another script is one word ("Спонсор этого видео Skillbox").
     */
    public boolean switchesScript(int each) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int scripts = 0;
        for (String word : words) {
            Character.UnicodeScript script = scriptOf(word);
            if (script != null && counts.merge(script, 1, Integer::sum) == each && ++scripts >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words are in two scripts ({@link #switchesScript}, {@code each} words or more in each) and one of
     * them holds no {@code idea} word: a caller switching languages says his own words in one ("مرحبا، הלינק עובד
     * עכשיו, شكرا": only a greeting and a thanks in Arabic), where an ending said in two says its ideas in both
     * ("شكراً على المشاهدة، don't forget to subscribe", "אל תשכחו לעשות subscribe ולהפעיל את ה-notifications").
     */
    public boolean switchesScriptBeside(int each, Predicate<String> idea) {
        if (!switchesScript(each)) {
            return false;
        }
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        Set<Character.UnicodeScript> withAnIdea = EnumSet.noneOf(Character.UnicodeScript.class);
        for (String word : words) {
            Character.UnicodeScript script = scriptOf(word);
            if (script != null) {
                counts.merge(script, 1, Integer::sum);
                if (idea.test(word)) {
                    withAnIdea.add(script);
                }
            }
        }
        return counts.entrySet().stream().anyMatch(e -> e.getValue() >= each && !withAnIdea.contains(e.getKey()));
    }

    /** How many scripts the words are written in (Japanese's three are one), as {@link #switchesScript} counts them. */
    public int scripts() {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        for (String word : words) {
            Character.UnicodeScript script = scriptOf(word);
            if (script != null) {
                scripts.add(script);
            }
        }
        return scripts.size();
    }

    /** The script of a word's first letter, Japanese's kana read as its kanji; null for a word with no letter. */
    private static Character.UnicodeScript scriptOf(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                        ? Character.UnicodeScript.HAN : script;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Words (letters and digits; quotes inside Hebrew abbreviations dropped), emails and URLs left out. */
    public List<String> words() {
        return words;
    }

    /**
     * Whether the word at {@code index} was written in lower case, in a script that has case (Latin, Cyrillic,
     * Greek): an ordinary word, where a name is capitalised. Hebrew and Arabic words, digits, and words whose
     * written form cannot be told, are not.
     */
    public boolean writtenInLowerCase(int index) {
        if (writtenWords == null) {
            String written = normalize(transcript.text(), false);
            writtenWords = written.length() == scanned.length() ? tokens(blankedAsScanned(written)) : List.of();
        }
        return writtenWords.size() == words.size() && Character.isLowerCase(writtenWords.get(index).codePointAt(0));
    }

    /**
     * Whether the word at {@code index} was written with a capital, in a script that has case: a name ("BBC", "Kol
     * Israel") where a sentence does not begin. Hebrew and Arabic words are not.
     */
    public boolean writtenCapitalised(int index) {
        writtenInLowerCase(index); // reads the written words once
        return writtenWords.size() == words.size() && Character.isUpperCase(writtenWords.get(index).codePointAt(0));
    }

    /** The written text with the same stretches blanked as the lower-case one (emails and URLs). */
    private String blankedAsScanned(String written) {
        if (emailsAndUrls == 0) {
            return written;
        }
        StringBuilder blanked = new StringBuilder(written);
        for (int i = 0; i < scanned.length(); i++) {
            if (scanned.charAt(i) == ' ' && text.charAt(i) != ' ') {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    public int hebrewLetters() {
        return hebrewLetters;
    }

    public int latinLetters() {
        return latinLetters;
    }

    /** Letters of any other script (Cyrillic, Arabic, …). */
    public int otherLetters() {
        return otherLetters;
    }

    public int letters() {
        return hebrewLetters + latinLetters + otherLetters;
    }

    public int digits() {
        return digits;
    }

    /** Symbols that are neither letters, digits, punctuation nor currency signs. */
    public int symbols() {
        return symbols;
    }

    /** How many emails and URLs the text holds; they are not counted as words or letters. */
    public int emailsAndUrls() {
        return emailsAndUrls;
    }

    /** Whether a code point is a Hebrew letter (א–ת, final forms included). */
    static boolean isHebrewLetter(int cp) {
        return cp >= 'א' && cp <= 'ת';
    }
}
