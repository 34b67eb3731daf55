package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Transcript;

/**
 * Step 5: decides whether a transcript is speech or something the transcriber invented over
 * silence or noise, so no LLM money is spent on it and no junk reaches the CRM.
 */
@FunctionalInterface
public interface GibberishDetector {

    GibberishVerdict check(Transcript transcript);
}
