package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * What callers to an estate agent say and a video's last words never do, in the languages of
 * Israel's callers, from {@code caller-words.tsv}: what the call is about (the flat, its rooms, its
 * price, its street) and asking for something (send me the video, call me back). Whisper's
 * inventions are learnt from videos and never name a flat's kitchen or ask for a WhatsApp; a short
 * goodbye that does ("спасибо за просмотр квартиры", "send me the video, thanks, bye") is the
 * caller's. Used only to keep a call from being judged an invention, never to judge one.
 */
final class CallerWords {

    /** "apartments", "квартирой", "mieszkaniem": an ending, not another word. */
    private static final int MAX_ENDING = 4;

    private static final StemSet WORDS = StemSet.load("caller-words.tsv", MAX_ENDING);

    private CallerWords() {
    }

    /** Whether any of the words is about the property or asks for something. */
    static boolean anyIn(List<String> words) {
        return WORDS.anyIn(words);
    }
}
