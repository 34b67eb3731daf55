package io.callpipeline.core.store;

import java.util.Objects;
import java.util.UUID;

/**
 * The mark a run leaves on its recording's record as it starts (a fencing token), so its saves can
 * be made conditional on it. A durable queue may judge a slow run dead and hand its job to another
 * worker while the first is still going; the newer run claims the record again, and from then on
 * each save the older run makes changes nothing and says so. Whether a run still owns its recording
 * is then answered by the save it makes anyway, not by asking the queue before every step.
 *
 * <p>{@link #NONE} is the claim of a store that keeps none: the pipeline then asks the queue
 * before each save, as it must.
 *
 * @param token the claim's value, unique per run; empty for {@link #NONE}
 */
public record RunClaim(String token) {

    /** No claim was kept: saves are unconditional. */
    public static final RunClaim NONE = new RunClaim("");

    public RunClaim {
        Objects.requireNonNull(token, "token");
    }

    /** A claim no other run holds. */
    public static RunClaim fresh() {
        return new RunClaim(UUID.randomUUID().toString());
    }

    /** Whether saves under this claim can be refused once a newer run claims the record. */
    public boolean fenced() {
        return !token.isEmpty();
    }
}
