package io.callpipeline.core.owner;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose call (or customer) it is: an agency, the tenant whose users may see it, and optionally one
 * agent within it. A CRM that serves many agencies keeps every row with its owner so that each read
 * can be limited to the owners a user may see; a call nobody routes is {@link #UNROUTED}, which only
 * admins see, never everyone.
 *
 * <p>Ids are short and plain (letters, digits, {@code . _ -}) because they travel in properties,
 * authorities ({@code callpipeline:agency:tlv}) and URLs; the reserved unrouted agency cannot be
 * written with them, so no host's agency can ever be mistaken for it.
 *
 * @param agency the agency's id, or {@link #UNROUTED_AGENCY}
 * @param agent  the agent's id within the agency, or {@code null} for the agency as a whole
 */
public record CallOwner(String agency, String agent) {

    /** The agency of a call no rule routed: admins only. */
    public static final String UNROUTED_AGENCY = "(unrouted)";

    /** A call no rule routed. */
    public static final CallOwner UNROUTED = new CallOwner(UNROUTED_AGENCY, null);

    /** The longest id a store must keep. */
    public static final int MAX_ID_LENGTH = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_ID_LENGTH - 1) + "}");

    /** @throws IllegalArgumentException for an id that is blank, too long, or holds other characters */
    public CallOwner {
        Objects.requireNonNull(agency, "agency");
        if (!UNROUTED_AGENCY.equals(agency)) {
            requireId("agency", agency);
        } else if (agent != null) {
            throw new IllegalArgumentException("An unrouted call has no agent");
        }
        if (agent != null) {
            requireId("agent", agent);
        }
    }

    /** The whole agency. */
    public static CallOwner agency(String agency) {
        return new CallOwner(agency, null);
    }

    /** Whether no rule routed it. */
    public boolean unrouted() {
        return UNROUTED_AGENCY.equals(agency);
    }

    /** Whether the text is a valid agency or agent id. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void requireId(String what, String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("An " + what + " id is 1 to " + MAX_ID_LENGTH
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return agent == null ? agency : agency + "/" + agent;
    }
}
