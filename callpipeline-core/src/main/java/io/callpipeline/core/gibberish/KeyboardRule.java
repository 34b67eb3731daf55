package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The transcript is typing, not talk: runs along a keyboard row ("qwerty", "asdf", "йцукен", "фыва",
 * "שדגכ", "ضصثق") or one letter held down ("aaaaa", "ммммм", "אאאא"), shapes Whisper writes over
 * noise and that a caller never says. The rows are the standard layouts' of the languages the identifier names
 * (QWERTY with the Spanish, Italian, Portuguese, Romanian and Turkish letters, AZERTY, QWERTZ, Turkish F, ЙЦУКЕН
 * and its Ukrainian form, the Israeli SI-1452, the Arabic 101, the Persian ISIRI 9147 and the Greek), read either
 * way, whole or a letter at a time ("z x c v b n m"), a word and a row compared as they are looked up (Arabic's
 * and Persian's forms of a letter alike, Greek without its accents), and the number row above them all ("1234567890").
 * Fires when most words are such runs of four letters or more (five digits).
 */
public final class KeyboardRule implements GibberishRule {

    public static final String CODE = "keyboard_typing";

    /** The letter rows of the layouts callers' phones and computers have, as they are looked up. */
    static final List<String> ROWS = List.of(
            "qwertyuiop", "asdfghjkl", "zxcvbnm", // QWERTY
            "asdfghjklñ", "qwertyuiopå", "asdfghjklöä", "asdfghjkløæ", // Spanish, Nordic
            "azertyuiop", "qsdfghjklm", "wxcvbn", // AZERTY
            "qwertzuiopü", "asdfghjklöä", "yxcvbnm", // QWERTZ
            "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", // ЙЦУКЕН
            "קראטוןםפ", "שדגכעיחלךף", "זסבהנמצתץ", // SI-1452
            "ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرلاىةوزظ", // Arabic 101
            "qwertyuiopăî", "asdfghjklșț", // Romanian
            "qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç", // Turkish Q
            "fgğıodrnhpqw", "uieaütkmlyşx", "jövcçzsb", // Turkish F
            "qwertyuiopè", "asdfghjklòàù", "asdfghjklç", // Italian, Portuguese
            "йцукенгшщзхї", "фівапролджє", // Ukrainian ЙЦУКЕН
            "ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپو", // Persian ISIRI 9147
            "ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ") // Greek
            .stream().map(NumberWords::key).toList();

    /**
     * Each letter of the rows, and each form of it that is looked up as it ({@link NumberWords#key}: Persian's "ی" as
     * Arabic's "ي"), by a slot of its own (0: on no row); the letters' code points are all below {@value #SLOTTED}.
     */
    private static final int SLOTTED = 0x800;
    private static final int[] SLOT = new int[SLOTTED];
    /**
     * The slots of two letters side by side on a row, either way: a word with two neighbouring letters that stand
     * apart on every row is no run along one.
     */
    private static final BitSet NEIGHBOURS = new BitSet();
    private static final int SLOTS;

    static {
        int slots = 0;
        for (String row : ROWS) {
            for (char c : row.toCharArray()) {
                if (SLOT[c] == 0) {
                    SLOT[c] = ++slots;
                }
            }
        }
        for (int c = 0; c < SLOTTED; c++) {
            String key = NumberWords.key(String.valueOf((char) c));
            if (SLOT[c] == 0 && key.length() == 1 && key.charAt(0) < SLOTTED && SLOT[key.charAt(0)] != 0) {
                SLOT[c] = SLOT[key.charAt(0)];
            }
        }
        SLOTS = slots + 1;
        for (String row : ROWS) {
            for (int i = 1; i < row.length(); i++) {
                NEIGHBOURS.set(SLOT[row.charAt(i - 1)] * SLOTS + SLOT[row.charAt(i)]);
                NEIGHBOURS.set(SLOT[row.charAt(i)] * SLOTS + SLOT[row.charAt(i - 1)]);
            }
        }
    }

    private static final int MIN_RUN = 4;
    private static final double MIN_SHARE = 0.6;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int typed = 0;
        int letters = 0;
        StringBuilder spaced = new StringBuilder(); // a row typed a letter at a time: "z x c v b n m"
        int spacedWords = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.codePointCount(0, lower.length()) == 1 && Character.isLetter(lower.codePointAt(0))) {
                spaced.append(lower);
                spacedWords++;
                continue;
            }
            if (spacedWords > 0 && typed(spaced.toString())) {
                typed += spacedWords;
                letters += spaced.length();
            }
            spaced.setLength(0);
            spacedWords = 0;
            if (typed(lower)) {
                typed++;
                letters += lower.length();
            }
        }
        if (typed(spaced.toString())) {
            typed += spacedWords;
            letters += spaced.length();
        }
        if (typed == 0 || typed < words.size() * MIN_SHARE || letters < MIN_RUN + 2) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא הקלדה על המקלדת ולא שיחה"));
    }

    /**
     * A run along a row (either way), or one letter held down, of at least {@value #MIN_RUN} letters. Every word is
     * asked, so it is read once, letter by letter, and looked for in the rows only when each letter stands beside the
     * next on one.
     */
    static boolean typed(String word) {
        if (word.length() < MIN_RUN) {
            return false;
        }
        if (word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return numberRow(word);
        }
        boolean held = true;
        boolean neighbours = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isSurrogate(c)) {
                return word.codePoints().allMatch(Character::isLetter) && word.codePoints().distinct().count() == 1;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
            if (i > 0) {
                held &= c == word.charAt(0);
                neighbours &= beside(word.charAt(i - 1), c);
            }
        }
        if (held) {
            return true;
        }
        if (!neighbours) {
            return false;
        }
        String key = NumberWords.key(word);
        String backwards = new StringBuilder(key).reverse().toString();
        return ROWS.stream().anyMatch(row -> row.contains(key) || row.contains(backwards));
    }

    /** The row of digits above the letters, the same on every layout. */
    private static final String NUMBER_ROW = "1234567890";
    /** A run along it is longer than a door code or a PIN a caller says as one word ("1234"). */
    private static final int MIN_DIGIT_RUN = MIN_RUN + 1;

    /**
     * A run along the number row of {@value #MIN_DIGIT_RUN} digits or more, either way ("1234567890", "0987654"):
     * typed as a row of letters is, alone or beside one ("ζχψωβνμ 1234567890").
     */
    private static boolean numberRow(String digits) {
        return digits.length() >= MIN_DIGIT_RUN && (NUMBER_ROW.contains(digits)
                || NUMBER_ROW.contains(new StringBuilder(digits).reverse()));
    }

    private static boolean beside(char a, char b) {
        return a < SLOTTED && b < SLOTTED && SLOT[a] != 0 && SLOT[b] != 0 && NEIGHBOURS.get(SLOT[a] * SLOTS + SLOT[b]);
    }
}
