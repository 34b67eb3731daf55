package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** "I" and "we" in the languages the identifier names: who speaks of himself is no video's credit or label. */
    private static final Set<String> SPEAKERS = Set.of("i", "we", "אני", "אנחנו", "انا", "نحن", "احنا", "я", "мы",
            "ми", "je", "on", "nous", "yo", "nosotros", "eu", "nós", "ich", "wir", "io", "noi", "ben", "biz", "ja",
            "my", "ik", "wij");

    private CallerWords() {
    }

    /** Whether the word is "I" or "we" ("we subtitled the video", "אני תרגמתי"). */
    static boolean isSpeaker(String word) {
        return SPEAKERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether any of the words is "I" or "we". */
    static boolean speakerIn(List<String> words) {
        return words.stream().anyMatch(CallerWords::isSpeaker);
    }

    /** Whether any of the words is about the property or asks for something. */
    static boolean anyIn(List<String> words) {
        return WORDS.anyIn(words);
    }
}
