package io.callpipeline.crm.access;

import io.callpipeline.core.owner.CallOwner;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owners one user may see and act on: every owner (an admin, or the app's own background work),
 * or some agencies as a whole, or some agents' own calls within their agencies. Every query of calls
 * and customers takes one and filters by it in the database, so a page, a count or a search never
 * holds another owner's row; a row outside it is answered exactly as a row that does not exist.
 *
 * @param everything whether every owner's rows are visible, unrouted calls included
 * @param agencies   the agencies whose calls and customers are all visible (never the unrouted one)
 * @param agents     single agents ({@link CallOwner} with an agent) whose own calls are visible, with
 *                   their agency's customers
 */
public record AccessScope(boolean everything, Set<String> agencies, Set<CallOwner> agents) {

    /** Every owner: admins, and the app's own work (processing, sandbox restore, self-check). */
    public static final AccessScope ALL = new AccessScope(true, Set.of(), Set.of());

    /** Nothing: a user who is not logged in, or whom no rule gives an agency. */
    public static final AccessScope NONE = new AccessScope(false, Set.of(), Set.of());

    public AccessScope {
        agencies = everything ? Set.of() : Set.copyOf(new TreeSet<>(agencies));
        agents = everything || agents == null ? Set.of() : Set.copyOf(agents);
        if (agencies.contains(CallOwner.UNROUTED_AGENCY)) {
            throw new IllegalArgumentException("Unrouted calls are visible to admins only, not as an agency");
        }
        for (CallOwner agent : agents) {
            if (agent.agent() == null || agent.unrouted()) {
                throw new IllegalArgumentException("Not an agent: " + agent);
            }
        }
    }

    /** These agencies only. */
    public static AccessScope agencies(Collection<String> agencies) {
        agencies.forEach(CallOwner::agency); // refuses an id that is not one
        return new AccessScope(false, Set.copyOf(agencies), Set.of());
    }

    /** Whether the customers of this agency are visible (all of an agency's, or those of one of its agents). */
    public boolean sees(String agency) {
        return everything || agencies.contains(agency) || agents.stream().anyMatch(a -> a.agency().equals(agency));
    }

    /** Whether nothing at all is visible. */
    public boolean isEmpty() {
        return !everything && agencies.isEmpty() && agents.isEmpty();
    }

    /** The agencies whose customers are visible. */
    public Set<String> customerAgencies() {
        Set<String> all = new HashSet<>(agencies);
        agents.forEach(agent -> all.add(agent.agency()));
        return Set.copyOf(all);
    }

    /**
     * The agency a new row of this user's belongs to when the user did not choose one: theirs, if
     * they have exactly one; otherwise {@code null} and they must choose.
     */
    public String homeAgency() {
        Set<String> mine = customerAgencies();
        return !everything && mine.size() == 1 ? mine.iterator().next() : null;
    }
}
