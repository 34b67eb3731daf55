package io.callpipeline.spring.observability;

/**
 * What health and metrics read of this instance's processing limit; an interface here, so that
 * observing the limit does not tie this package to the processing one.
 */
public interface ConcurrencyReading {

    /** Whether the limit adapts to the providers ({@code false}: a fixed number). */
    boolean isAdaptive();

    /** The number of recordings allowed at once now. */
    int current();

    /** The recordings being processed now. */
    int inFlight();

    /** The most ever allowed at once. */
    int max();

    /** How many calls have met a provider's pushback since start. */
    long pushbacks();

    /** Whether calls not yet started are holding back now for a burst of callbacks. */
    boolean yielding();
}
