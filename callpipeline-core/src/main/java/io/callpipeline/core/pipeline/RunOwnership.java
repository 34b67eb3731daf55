package io.callpipeline.core.pipeline;

/**
 * Whether a run still owns its recording. A durable queue may judge a slow run dead (its worker
 * stopped proving it is alive: a long pause, a database it could not reach) and hand the job to
 * another worker while the first is in fact still going. Without a check, both pay the providers
 * and the slower one overwrites the newer run's record when it finally saves. The pipeline asks
 * before every paid request and every save, and a run that no longer owns its recording stops at
 * once, saving nothing ({@link ProcessingOutcome.Superseded}).
 *
 * <p>A caller that never runs the same recording twice at once (no queue, or one that cannot
 * revive a running job) uses {@link #SOLE}.
 */
@FunctionalInterface
public interface RunOwnership {

    /** For a run that nothing else can take over. */
    RunOwnership SOLE = () -> true;

    /**
     * @return whether this run still owns the recording
     * @throws RuntimeException when it cannot be told (the run then fails and is retried, as for a
     *         store that cannot be reached)
     */
    boolean held();
}
