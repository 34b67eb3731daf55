package io.callpipeline.core.gibberish;

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
 * and Persian's forms of a letter alike, Greek without its accents). Fires when most words are such runs of four
 * letters or more.
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
            if (typed(spaced.toString())) {
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

    /** A run along a row (either way), or one letter held down, of at least {@value #MIN_RUN} letters. */
    static boolean typed(String word) {
        if (word.length() < MIN_RUN || !word.codePoints().allMatch(Character::isLetter)) {
            return false;
        }
        if (word.codePoints().distinct().count() == 1) {
            return true;
        }
        String key = NumberWords.key(word);
        String backwards = new StringBuilder(key).reverse().toString();
        return ROWS.stream().anyMatch(row -> row.contains(key) || row.contains(backwards));
    }
}
