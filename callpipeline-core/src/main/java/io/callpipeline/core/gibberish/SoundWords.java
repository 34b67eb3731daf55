package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * Words that name a sound ("music", "מוזיקה", "стук", "تصفيق"), from {@code sounds.tsv}, in every
 * language the identifier names: subtitles for the hard of hearing caption a sound in a few such
 * words, and Whisper writes the caption, without its brackets, over hold music or a silent line.
 * Counted, not judged here: {@link AnnotationRule} decides what a few of them make.
 */
final class SoundWords {

    /** "музыкальная", "laughter", "applauding": an ending, not another word. */
    private static final int MAX_ENDING = 5;

    private static final StemSet WORDS = StemSet.load("sounds.tsv", MAX_ENDING);

    private SoundWords() {
    }

    /** How many of the words name a sound. */
    static long countIn(List<String> words) {
        return WORDS.countIn(words);
    }
}
