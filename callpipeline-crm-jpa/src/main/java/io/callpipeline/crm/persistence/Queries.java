package io.callpipeline.crm.persistence;

import io.callpipeline.crm.access.AccessScope;
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
     * The condition, starting with {@code " and"}, that keeps the rows whose agency (at
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
        parameters.put("visibleAgencies", List.copyOf(scope.agencies()));
        return " and " + agencyPath + " in :visibleAgencies";
    }

    /** Text matched by {@code like … escape '\'} as written: its wildcards and the escape are plain characters. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
