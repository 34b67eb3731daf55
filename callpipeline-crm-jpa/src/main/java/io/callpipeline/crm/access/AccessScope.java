package io.callpipeline.crm.access;

import io.callpipeline.core.owner.CallOwner;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owners one user may see and act on: every owner (an admin, or the app's own background work),
 * or a set of agencies. Every query of calls and customers takes one and filters by it in the
 * database, so a page, a count or a search never holds another agency's row; a row outside it is
 * answered exactly as a row that does not exist.
 *
 * @param everything whether every owner's rows are visible, unrouted calls included
 * @param agencies   the agencies visible when not everything (never the unrouted one)
 */
public record AccessScope(boolean everything, Set<String> agencies) {

    /** Every owner: admins, and the app's own work (processing, sandbox restore, self-check). */
    public static final AccessScope ALL = new AccessScope(true, Set.of());

    /** Nothing: a user who is not logged in, or whom no rule gives an agency. */
    public static final AccessScope NONE = new AccessScope(false, Set.of());

    public AccessScope {
        agencies = everything ? Set.of() : Set.copyOf(new TreeSet<>(agencies));
        if (agencies.contains(CallOwner.UNROUTED_AGENCY)) {
            throw new IllegalArgumentException("Unrouted calls are visible to admins only, not as an agency");
        }
    }

    /** These agencies only. */
    public static AccessScope agencies(Collection<String> agencies) {
        agencies.forEach(CallOwner::agency); // refuses an id that is not one
        return new AccessScope(false, Set.copyOf(agencies));
    }

    /** Whether a row of this agency is visible. */
    public boolean sees(String agency) {
        return everything || agencies.contains(agency);
    }

    /** Whether nothing at all is visible. */
    public boolean isEmpty() {
        return !everything && agencies.isEmpty();
    }

    /**
     * The agency a new row of this user's belongs to when the user did not choose one: theirs, if
     * they have exactly one; otherwise {@code null} and they must choose.
     */
    public String homeAgency() {
        return !everything && agencies.size() == 1 ? agencies.iterator().next() : null;
    }
}
