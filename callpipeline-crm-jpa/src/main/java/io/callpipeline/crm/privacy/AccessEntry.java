package io.callpipeline.crm.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One line of the access log, as a privacy officer reads it: who did what to which owner's call or
 * customer, when and from where. It holds ids, never a caller's number, name or words.
 *
 * @param actor         the user's name as the host's security knows it ({@code anonymous} without one)
 * @param ownerAgency   the agency whose call or customer it was; {@code null} for a list across agencies
 * @param callId        the call acted on, or {@code null}
 * @param customerId    the customer acted on, or {@code null}
 * @param callIds       the calls a list showed; empty for an action on one call
 * @param clientAddress the address the request came from (the proxy's unless the host trusts forwarded headers)
 * @param detail        a short fact without personal data, e.g. {@code 3 calls, 2 recordings to delete}
 */
public record AccessEntry(long id, Instant occurredAt, String actor, AccessAction action, String ownerAgency,
        Long callId, Long customerId, List<Long> callIds, String clientAddress, String detail) {

    public AccessEntry {
        callIds = callIds == null ? List.of() : List.copyOf(callIds);
    }
}
