package io.callpipeline.core.response;

import java.util.Objects;

/**
 * How warm the model judges the lead, 0 (no business: a wrong number, a supplier) to 100 (ready to sign),
 * with its reason in a sentence the agent reads beside it: what ranks the agent's calls to return, next to
 * how urgent each one's steps are.
 *
 * @param score  0 to 100
 * @param reason why, in Hebrew
 */
public record LeadScore(int score, String reason) {

    public LeadScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A lead score is 0 to 100, got " + score);
        }
        reason = Objects.requireNonNullElse(reason, "").strip();
    }
}
