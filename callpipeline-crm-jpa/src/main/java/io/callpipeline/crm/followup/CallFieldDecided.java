package io.callpipeline.crm.followup;

import io.callpipeline.crm.call.FieldDecision;

/**
 * Published (a Spring application event) when an agent accepts, edits or rejects a field the model
 * extracted from a call. A host with customers of its own writes the value to them here, listening
 * with {@code @TransactionalEventListener} so it acts only once the decision is committed; the CRM's
 * own customer has already been given it when the customer is ours.
 *
 * @param callId      the call
 * @param agency      the call's agency
 * @param customerId  our customer of the call, or {@code null} for an unassigned call
 * @param customerRef the host's reference of that customer, when the host has one
 * @param decision    what was decided, by whom and when ({@code value} is {@code null} for a rejection)
 */
public record CallFieldDecided(long callId, String agency, Long customerId, String customerRef, FieldDecision decision) {
}
