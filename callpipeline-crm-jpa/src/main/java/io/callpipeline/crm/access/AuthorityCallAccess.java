package io.callpipeline.crm.access;

import io.callpipeline.core.owner.CallOwner;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The default {@link CallAccess} with Spring Security: the logged-in user's authorities say what
 * they see. {@value #ADMIN} sees every call, unrouted ones included; {@code callpipeline:agency:tlv}
 * sees agency {@code tlv}'s; {@code callpipeline:agent:tlv:dana} sees agent {@code dana}'s own calls
 * and agency {@code tlv}'s customers; a user may hold several; each may also be granted as a role
 * ({@code ROLE_callpipeline:agency:tlv}, as {@code spring.security.user.roles} grants), so a host
 * with Spring Boot's one user can adopt by properties alone. Anyone else, and anyone not logged in,
 * sees nothing. Authorities are the host's to grant (its user store, its identity provider's
 * groups mapped by a converter), so nobody gets calls by our default.
 */
public final class AuthorityCallAccess implements CallAccess {

    /** Sees every owner's calls and customers. */
    public static final String ADMIN = "callpipeline:admin";

    private static final String ROLE_PREFIX = "ROLE_";

    /** Followed by an agency's and an agent's ids ({@code tlv:dana}): sees that agent's own calls. */
    public static final String AGENT_PREFIX = "callpipeline:agent:";

    /** Followed by an agency's id: sees that agency's calls and customers. */
    public static final String AGENCY_PREFIX = "callpipeline:agency:";

    @Override
    public AccessScope currentScope() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return AccessScope.NONE;
        }
        Set<String> agencies = new TreeSet<>();
        Set<CallOwner> agents = new HashSet<>();
        for (GrantedAuthority granted : user.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority != null && authority.startsWith(ROLE_PREFIX)) {
                authority = authority.substring(ROLE_PREFIX.length());
            }
            if (ADMIN.equals(authority)) {
                return AccessScope.ALL;
            }
            if (authority != null && authority.startsWith(AGENCY_PREFIX)
                    && CallOwner.isValidId(authority.substring(AGENCY_PREFIX.length()))) {
                agencies.add(authority.substring(AGENCY_PREFIX.length()));
            }
            if (authority != null && authority.startsWith(AGENT_PREFIX)) {
                String[] ids = authority.substring(AGENT_PREFIX.length()).split(":", -1);
                if (ids.length == 2 && CallOwner.isValidId(ids[0]) && CallOwner.isValidId(ids[1])) {
                    agents.add(new CallOwner(ids[0], ids[1]));
                }
            }
        }
        return new AccessScope(false, agencies, agents);
    }

    /** The authority that gives an agency's calls, e.g. {@code callpipeline:agency:tlv}. */
    public static String agency(String agencyId) {
        return AGENCY_PREFIX + CallOwner.agency(agencyId).agency();
    }

    /** The authority that gives one agent's own calls, e.g. {@code callpipeline:agent:tlv:dana}. */
    public static String agent(String agencyId, String agentId) {
        CallOwner agent = new CallOwner(agencyId, agentId);
        return AGENT_PREFIX + agent.agency() + ":" + agent.agent();
    }

    @Override
    public String toString() {
        return "Spring Security authorities (" + ADMIN + ", " + AGENCY_PREFIX + "{id}, " + AGENT_PREFIX
                + "{agency}:{agent})";
    }
}
