package io.callpipeline.core.gibberish;

import java.util.Optional;

/**
 * One way of recognising a transcript that is not real speech. Rules are small and independent so
 * each can be tested, tuned and replaced on its own; {@link HebrewGibberishDetector} asks them in
 * order and the first that fires names the verdict.
 */
@FunctionalInterface
public interface GibberishRule {

    /** A gibberish verdict when this rule fires, empty when it sees nothing wrong. */
    Optional<GibberishVerdict> check(TranscriptFeatures transcript);
}
