package io.callpipeline.crm.persistence;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.access.AccessScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two pieces every user-facing query of calls and customers shares: the owner condition that
 * keeps a scope's rows (in the query, so pages and counts never hold another agency's), and text
 * matched by {@code like} as typed.
 */
public final class Queries {

    private Queries() {
    }

    /**
     * The condition, starting with {@code " and"}, that keeps the customers whose agency (at
     * {@code agencyPath}, e.g. {@code c.ownerAgency}) the scope sees; its parameter goes into
     * {@code parameters}.
     */
    public static String visibleTo(AccessScope scope, String agencyPath, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        if (scope.isEmpty()) {
            return " and 1 = 0";
        }
        parameters.put("visibleAgencies", List.copyOf(scope.customerAgencies()));
        return " and " + agencyPath + " in :visibleAgencies";
    }

    /**
     * The condition that keeps the calls the scope sees: those of its agencies, and those of its
     * agents ({@code alias} is the call's, e.g. {@code c}).
     */
    public static String callsVisibleTo(AccessScope scope, String alias, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        if (scope.isEmpty()) {
            return " and 1 = 0";
        }
        List<String> conditions = new ArrayList<>();
        if (!scope.agencies().isEmpty()) {
            parameters.put("visibleAgencies", List.copyOf(scope.agencies()));
            conditions.add(alias + ".ownerAgency in :visibleAgencies");
        }
        if (!scope.agents().isEmpty()) {
            parameters.put("visibleAgents", scope.agents().stream().map(CallOwner::toString).toList());
            conditions.add("concat(" + alias + ".ownerAgency, '/', " + alias + ".ownerAgent) in :visibleAgents");
        }
        return " and (" + String.join(" or ", conditions) + ")";
    }

    /** Text matched by {@code like … escape '\'} as written: its wildcards and the escape are plain characters. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
