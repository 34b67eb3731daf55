package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Transcript;

/**
 * The minimal default guard: a transcript with no letters or digits at all (empty, whitespace,
 * punctuation) is gibberish. It deliberately does nothing more; the Hebrew-aware guard that catches
 * Whisper's hallucinations and loops is a separate piece of work.
 */
public final class BlankTranscriptDetector implements GibberishDetector {

    @Override
    public GibberishVerdict check(Transcript transcript) {
        String text = transcript.text();
        boolean hasContent = text.codePoints().anyMatch(Character::isLetterOrDigit);
        return hasContent
                ? GibberishVerdict.ok()
                : GibberishVerdict.gibberish("empty", "התמלול ריק: לא זוהה דיבור בהקלטה");
    }
}
