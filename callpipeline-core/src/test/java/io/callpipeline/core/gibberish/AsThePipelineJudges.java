package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.privacy.IsraeliPiiRedactor;
import io.callpipeline.core.transcription.Transcript;
import java.util.List;

/**
 * A text judged as the pipeline judges a transcript: its language identified first (so a Russian or Arabic one runs
 * only the rules that hold in any language), then the whole guard with its defaults. The guard's tests of whole
 * classes of inventions and of the calls beside them share it.
 */
final class AsThePipelineJudges {

    /** The guard with its default settings (the shipped transcription prompt among them). */
    static final HebrewGibberishDetector GUARD = new HebrewGibberishDetector();
    private static final ScriptAwareLanguageIdentifier IDENTIFIER = new ScriptAwareLanguageIdentifier();
    private static final IsraeliPiiRedactor REDACTOR = new IsraeliPiiRedactor();

    private AsThePipelineJudges() {
    }

    /**
     * The transcript the pipeline hands the guard: asked for in Hebrew, its personal numbers taken out by the default
     * redactor (as the pipeline stores it before the guard reads it), in the language its text shows.
     */
    static Transcript transcript(String text) {
        String redacted = REDACTOR.redact(text).text();
        return new Transcript("he", redacted, List.of(), "whisper-1", null)
                .inLanguage(IDENTIFIER.identify(redacted).code());
    }

    /** The default guard's verdict. */
    static GibberishVerdict judged(String text) {
        return GUARD.check(transcript(text));
    }

    /** That the default guard judges the text gibberish, for the reason {@code code}. */
    static void assertCaughtAs(String text, String code) {
        GibberishVerdict verdict = judged(text);
        assertThat(verdict.gibberish()).as(text).isTrue();
        assertThat(verdict.reasonCode()).as(text).isEqualTo(code);
    }

    /** That the default guard judges the text gibberish, for whichever reason, naming none when it does not. */
    static void assertCaught(String text) {
        GibberishVerdict verdict = judged(text);
        assertThat(verdict.gibberish()).as(text + " [" + verdict.reasonCode() + "]").isTrue();
    }

    /** That the default guard judges the text a call, naming the rule that fired when it does not. */
    static void assertPasses(String text) {
        GibberishVerdict verdict = judged(text);
        assertThat(verdict.gibberish()).as(text + " [" + verdict.reasonCode() + "]").isFalse();
    }
}
