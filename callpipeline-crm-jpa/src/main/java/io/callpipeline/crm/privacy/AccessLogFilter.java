package io.callpipeline.crm.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which access-log entries a privacy officer asks for; each part optional. A call matches the
 * entries that acted on it and the lists that showed it.
 *
 * @param from       entries at or after
 * @param to         entries before
 * @param actor      one user's
 * @param action     one kind
 * @param callId     about this call
 * @param customerId about this customer
 */
public record AccessLogFilter(Instant from, Instant to, String actor, AccessAction action, Long callId,
        Long customerId) {

    /** Every entry. */
    public static final AccessLogFilter ALL = new AccessLogFilter(null, null, null, null, null, null);

    String where(List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("occurred_at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
            arguments.add(Timestamp.from(to));
        }
        if (actor != null && !actor.isBlank()) {
            conditions.add("actor = ?");
            arguments.add(actor.strip());
        }
        if (action != null) {
            conditions.add("action = ?");
            arguments.add(action.name());
        }
        if (callId != null) {
            conditions.add("(call_id = ? or call_ids like ?)");
            arguments.add(callId);
            arguments.add("%," + callId + ",%");
        }
        if (customerId != null) {
            conditions.add("customer_id = ?");
            arguments.add(customerId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
