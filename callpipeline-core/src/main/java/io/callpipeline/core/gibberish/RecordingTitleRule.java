package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;

/**
 * A recording's title said over nothing: what kind of recording it is and in which language ("Встреча на русском
 * языке.", "השיחה היא בעברית", "Prédication en français."). Whisper writes the labels of the recordings it learnt
 * from, and other apps' prompts, when there is nothing to hear (the guard's held-back sets held them from Russian,
 * Hebrew and French speech apps' lists); a caller who speaks about a language says more: about himself ("אני
 * רוצה שיחה בעברית"), the flat, a day, or he asks ("Can we have the call in English?"). The languages' names are
 * ICU's ({@link LanguageNames}); the kinds of recording are listed per language in {@code recording-kinds.tsv}.
 */
final class RecordingTitleRule implements GibberishRule {

    public static final String CODE = "recording_title";

    /** A title is short: "This is a conversation in Hebrew." is six words. */
    private static final int MAX_WORDS = 8;

    /** "встреча", "встречи": an ending, not another word. */
    private static final StemSet KINDS = StemSet.load("recording-kinds.tsv", 3);

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        String raw = t.transcript().text();
        if (words.size() > MAX_WORDS || t.digits() > 0 || TranscriptFeatures.asksAQuestion(raw)
                || !KINDS.anyIn(words) || !LanguageNames.anyIn(words)
                || CallerWords.anyIn(words) || CallerWords.speakerIn(words, t.transcript().language()) || MeetingDays.anyIn(words)) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול הוא רק כותרת של הקלטה ושפתה (כמו \"שיחה בעברית\"), כפי שמנוע התמלול כותב על שקט, ולא שיחה"));
    }
}
