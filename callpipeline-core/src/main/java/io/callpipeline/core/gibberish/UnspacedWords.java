package io.callpipeline.core.gibberish;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a script written without spaces between them (Thai, Lao, Khmer, Burmese, Chinese, Japanese), by ICU's
 * dictionary-based word breaks. Read as one "word", a Thai or Chinese caller's whole sentence ("ขอบคุณสำหรับวิดีโอครับ
 * อยากไปดูห้องวันเสาร์ได้ไหมครับ", thanks for the video, can I see the room on Saturday) had no words to go on in past
 * a video's thanks, and was judged an ending; read in words, it goes on in its own as a spaced language's does.
 */
final class UnspacedWords {

    /** Thai's first letter: every script written without spaces stands at or after it. */
    private static final int FIRST_UNSPACED = 0x0E00;

    private UnspacedWords() {
    }

    /** Whether the code point is in a script written without spaces between words. */
    static boolean isUnspaced(int cp) {
        if (cp < FIRST_UNSPACED) {
            return false; // Latin, Cyrillic, Hebrew, Arabic: every transcript's letters, looked at once each
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR
                || script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether the token holds a letter of a script written without spaces; a loop, as every word is looked at. */
    private static boolean holdsUnspaced(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (isUnspaced(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Adds the token to the tokens: split into its words when it holds a script written without spaces, else whole.
     * A break iterator is made only then (ICU keeps its dictionaries loaded once), so most transcripts pay nothing.
     */
    static void addSplit(String token, List<String> tokens) {
        if (!holdsUnspaced(token)) {
            tokens.add(token);
            return;
        }
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.ROOT);
        breaks.setText(token);
        List<String> words = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String word = token.substring(start, end);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        if (words.size() > 1 && words.stream().allMatch(w -> w.length() == 1 && isKana(w.charAt(0)))) {
            tokens.add(token); // kana the dictionary knows no word in, "よん", "ゼロ": a word said alone (four, zero)
            return;
        }
        tokens.addAll(words);
    }

    private static boolean isKana(char c) {
        return c >= 0x3041 && c <= 0x30FF;
    }
}
