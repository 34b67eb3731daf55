package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Whisper learnt from video captions, in wordings no phrase list keeps up with: a short
 * transcript that credits subtitles or asks to subscribe ("Ondertitels ingediend door …",
 * "Abone olmayı unutmayın", "Субтитры подогнал …"), in any language, is a credit line and not a
 * call. Matched by the stems of those words, which a caller about a flat does not use; a long
 * call that mentions one keeps its verdict.
 */
public final class VideoOutroRule implements GibberishRule {

    public static final String CODE = "video_outro";

    /** Stems of "subtitles" and "subscribe" in the languages Whisper learnt them in. */
    static final List<String> STEMS = List.of("subtit", "caption", "ondertit", "untertit", "sous-tit", "soustit",
            "sottotit", "субтитр", "כתובי", "amara", "subscrib", "abonn", "abone", "подпис", "اشترك", "הירשמ",
            "字幕", "자막", "구독");

    /** Longer transcripts are calls that may mention such a word. */
    private static final int MAX_WORDS = 12;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        String text = t.transcript().text().toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            if (text.contains(stem)) {
                return Optional.of(GibberishVerdict.gibberish(CODE,
                        "התמלול הוא שורת קרדיט של כתוביות או קריאה להירשם לערוץ, לא שיחה"));
            }
        }
        return Optional.empty();
    }
}
