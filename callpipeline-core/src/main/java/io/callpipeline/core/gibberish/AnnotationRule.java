package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The transcript is captions of sounds, not speech: Whisper writes what it hears between speech as
 * an annotation ("[מוזיקה]", "(applause)", "*laughs*", "♪ la la ♪", "[MÚSICA]", "【音楽】"), in any
 * language and in any kind of bracket. When annotations hold nearly all the letters, nobody spoke.
 * Captions without brackets come in capitals ("MUSIC", "ДИНАМИЧНАЯ МУЗЫКА"), which Whisper never
 * writes for speech, or in a few plain words that name a sound ("Тихая музыка", "מוזיקה ברקע", "Knocking
 * on the door", {@link SoundWords}): the caption without its brackets. A call with "(צוחק)" in it keeps its
 * verdict: its words are outside the brackets; one that names a sound among a caller's words ("noise on the
 * line, call me back", "is the bedroom quiet?") keeps it too.
 */
public final class AnnotationRule implements GibberishRule {

    public static final String CODE = "sound_annotation";

    /** Bracketed or symbol-wrapped spans, and the music symbols Whisper writes around lyrics. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "\\[[^\\]]*]|\\([^)]*\\)|\\{[^}]*}|<[^>]*>|\\*[^*]+\\*|【[^】]*】|（[^）]*）|«[^»]*»|♪[^♪]*♪|#[^#]+#|[♪♫♬🎵🎶]");

    /** Letters left outside annotations at most this share of all letters: nobody spoke. */
    private static final double MAX_SPOKEN_SHARE = 0.2;

    /** Captions without brackets are written in capitals ("MUSIC", "ДИНАМИЧНАЯ МУЗЫКА"); speech never is. */
    private static final int MIN_CAPITALS = 4;
    /**
     * A caption in capitals is a few words ("APPLAUSE AND CHEERING"); a sentence in capitals is speech a
     * transcriber wrote in capitals (some engines write all their text so).
     */
    private static final int MAX_CAPITAL_CAPTION_WORDS = 4;

    /** A plain-words caption names its sound in a few words ("Тихая музыка", "Стук в дверь")… */
    private static final int MAX_PLAIN_CAPTION_WORDS = 4;
    /** …or names it twice in a few more ("Music playing in the background", "Laughter and applause from the crowd"). */
    private static final int MAX_TWICE_NAMED_CAPTION_WORDS = 6;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        String raw = t.transcript().text();
        if (allCapitals(raw) && t.words().size() <= MAX_CAPITAL_CAPTION_WORDS || plainCaption(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא תיאור של צלילים (כמו [מוזיקה]) ולא דיבור"));
        }
        if (!mayHoldAnnotation(raw) || !ANNOTATION.matcher(raw).find()) {
            return Optional.empty();
        }
        long all = letters(raw);
        long spoken = letters(ANNOTATION.matcher(raw).replaceAll(" "));
        if (all == 0 || spoken > all * MAX_SPOKEN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול הוא תיאור של צלילים (כמו [מוזיקה]) ולא דיבור"));
    }

    /** "Музыка - это стенография чувств": a saying defines its sound with a dash, a caption never does. */
    private static final Pattern DEFINITION = Pattern.compile("\\s[-–—]\\s");

    /**
     * A few words naming a sound, the sound in the first two (a caption is about its sound: "Тихая музыка",
     * "Knocking on the door"), and nothing a caller would say with them: no question, no number, no flat or
     * call back ({@link CallerWords}), no day; and no saying about it ("Архитектура - застывшая музыка").
     */
    private static boolean plainCaption(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.isEmpty() || words.size() > MAX_TWICE_NAMED_CAPTION_WORDS) {
            return false;
        }
        long sounds = SoundWords.countIn(words);
        if (sounds == 0 || sounds == 1 && words.size() > MAX_PLAIN_CAPTION_WORDS
                || SoundWords.countIn(words.subList(0, Math.min(2, words.size()))) == 0) {
            return false;
        }
        String raw = t.transcript().text();
        return !DEFINITION.matcher(raw).find() && !TranscriptFeatures.asksAQuestion(raw) && t.digits() == 0
                && !CallerWords.anyIn(words) && !MeetingDays.anyIn(words);
    }

    /**
     * Every letter a capital, and enough of them to tell (a single "OK" or "TV" does not). Stops at
     * the first letter that is not one, so a Hebrew or lower-case text costs a character or two.
     */
    private static boolean allCapitals(String text) {
        int upper = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                upper++;
            }
        }
        return upper >= MIN_CAPITALS;
    }

    /** Whether the text holds a character an annotation starts with; most calls hold none. */
    private static boolean mayHoldAnnotation(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '[', '(', '{', '<', '*', '【', '（', '«', '♪', '♫', '♬', '#', '\uD83C' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
