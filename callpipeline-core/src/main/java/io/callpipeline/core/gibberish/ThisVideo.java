package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;

/**
 * "This episode", "este episodio", "этот выпуск", "הפרק הזה": the video named as the one being watched, which only its
 * presenter can name so. A caller names the video he was sent ("the video of the flat", "הסרטון של הדירה"); a thanks
 * for watching this one is the audience's, whatever the episode was about ("Gracias por escuchar este episodio de
 * nuestro podcast sobre bienes raíces"), where a thanks for watching the kids beside the flat's video is a caller's.
 */
final class ThisVideo {

    /** "This" before the video's word, in the languages that put it there. */
    private static final Set<String> BEFORE = Set.of("this", "these", "este", "esta", "estos", "estas", "этот", "это",
            "эту", "этом", "этого", "эти", "цей", "це", "цю", "цьому", "цього", "cette", "ce", "cet", "ces", "dieses",
            "diesem", "diese", "dieser", "diesen", "questo", "questa", "questi", "deze", "dit", "هذا", "هذه", "هاد",
            "isso", "isto", "esse", "essa", "neste", "nesta", "deste", "desta", "ten", "ta", "tym", "tego");

    /** "This" after the video's word: Hebrew's and Arabic's. */
    private static final Set<String> AFTER = Set.of("הזה", "הזאת", "הזו", "הללו", "האלה", "هذا", "هذه");

    private ThisVideo() {
    }

    /** Spoken Arabic's "this" written onto the word it points at ("هالفيديو", "هالحلقة"). */
    private static final String JOINED = "هال";

    /** The letters Arabic writes before it: in, to, and, so ("بهالفيديو", "وبهالفيديو"). */
    private static final String PREFIXES = "بلوف";

    /** Whether the video's word at {@code i} is named as this one, by the word before or after it, or in itself. */
    static boolean at(List<String> words, int i) {
        String word = words.get(i);
        return namedBefore(words, i) || i + 1 < words.size() && AFTER.contains(words.get(i + 1))
                || word.startsWith(JOINED)
                // "بهالفيديو", "وبهالفيديو": in, and in, this video, a preposition or "and" before the joined "this"
                || word.length() > JOINED.length() + 1 && word.indexOf(JOINED) > 0 && word.indexOf(JOINED) <= 2
                        && PREFIXES.indexOf(word.charAt(0)) >= 0;
    }

    /** Whether the word before the video's word at {@code i} is its "this" ("este video", "this episode"). */
    static boolean namedBefore(List<String> words, int i) {
        return i > 0 && BEFORE.contains(words.get(i - 1));
    }
}
