package io.callpipeline.crm.call;

/**
 * What an agent decided about one field the model extracted from a call: the model's words are a
 * proposal, and only a decision changes the customer. Decisions are kept in the order made, so who
 * confirmed what and when stays on the call; the last one about a field is the one that holds.
 *
 * @param field     the field's JSON name in the call's extraction schema
 * @param label     its label when the decision was made
 * @param proposed  what the model extracted ({@code null} when the caller did not say it)
 * @param kind      accepted as proposed, edited, or rejected
 * @param value     the value confirmed ({@code null} for a rejection)
 * @param decidedBy the user who decided
 * @param decidedAt when, as an ISO-8601 instant
 */
public record FieldDecision(String field, String label, String proposed, Kind kind, String value, String decidedBy,
        String decidedAt) {

    /** How the agent answered the proposal. */
    public enum Kind {
        /** Taken as the model extracted it. */
        ACCEPTED,
        /** Taken with the agent's correction. */
        EDITED,
        /** Not taken: the customer is not changed. */
        REJECTED
    }
}
