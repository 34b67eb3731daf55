package io.callpipeline.crm.customer;

/**
 * A detail of the customer that an agent confirmed from a call: what the customer card shows, and
 * where it came from.
 *
 * @param name        the field's JSON name in the extraction schema ({@code budget})
 * @param label       what the card shows beside it ({@code תקציב})
 * @param value       the confirmed value
 * @param callId      the call it was said in
 * @param confirmedBy the user who confirmed it
 * @param confirmedAt when, as an ISO-8601 instant
 */
public record ConfirmedField(String name, String label, String value, long callId, String confirmedBy,
        String confirmedAt) {
}
