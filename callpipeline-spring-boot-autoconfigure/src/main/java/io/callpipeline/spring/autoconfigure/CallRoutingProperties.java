package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.owner.MappedCallRouter;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose calls are whose: each agency with its numbers and Twilio accounts, and where a call that
 * none of them names goes. Kept apart from {@link CallPipelineProperties} because it is the one
 * concern a multi-agency CRM reads as its tenancy, and a host that routes in its own database
 * replaces all of it with one {@code CallRouter} bean.
 *
 * @param agencies     the agencies by id (letters, digits, {@code . _ -}), e.g.
 *                     {@code callpipeline.routing.agencies.tlv.numbers=+97235550000}
 * @param defaultAgency the agency of a call no number or account routes, and of every row that
 *                     existed before owners did (the migration gives them this one); empty keeps
 *                     such calls unrouted, seen by admins only
 */
@ConfigurationProperties("callpipeline.routing")
public record CallRoutingProperties(
        @DefaultValue Map<String, Agency> agencies,
        @DefaultValue("") String defaultAgency) {

    /**
     * One agency.
     *
     * @param name     its display name, e.g. {@code תל אביב}; the id when empty
     * @param numbers  our numbers whose calls are its calls (the number called, or the caller ID of
     *                 an outbound call), in any common writing ({@code +972-3-555-0000})
     * @param accounts its Twilio accounts or subaccounts ({@code AC…}): calls of these accounts
     *                 that no number routes are its calls
     * @param agents   numbers of single agents within it, by agent id: such a call is that
     *                 agent's, within the agency
     */
    public record Agency(String name, @DefaultValue List<String> numbers, @DefaultValue List<String> accounts,
            @DefaultValue Map<String, List<String>> agents) {
    }

    public CallRoutingProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
        defaultAgency = defaultAgency == null ? "" : defaultAgency.strip();
        agencies.keySet().forEach(id -> require(id, "callpipeline.routing.agencies." + id));
        if (!defaultAgency.isEmpty()) {
            require(defaultAgency, "callpipeline.routing.default-agency");
        }
    }

    /** The owner of a call no rule routes. */
    public CallOwner fallbackOwner() {
        return defaultAgency.isEmpty() ? CallOwner.UNROUTED : CallOwner.agency(defaultAgency);
    }

    /** The agencies' numbers and accounts as a router. */
    public MappedCallRouter router() {
        MappedCallRouter.Builder router = MappedCallRouter.builder();
        agencies.forEach((id, agency) -> {
            router.numbers(agency.numbers(), CallOwner.agency(id)).accounts(agency.accounts(), CallOwner.agency(id));
            agency.agents().forEach((agent, numbers) -> {
                require(agent, "callpipeline.routing.agencies." + id + ".agents." + agent);
                router.numbers(numbers, new CallOwner(id, agent));
            });
        });
        return router.build();
    }

    /** The display name of an agency: its configured name, else its id. */
    public String displayName(String agencyId) {
        Agency agency = agencies.get(agencyId);
        return agency == null || agency.name() == null || agency.name().isBlank() ? agencyId : agency.name();
    }

    private static void require(String id, String property) {
        if (!CallOwner.isValidId(id)) {
            throw new IllegalArgumentException(property + ": an agency or agent id is 1 to " + CallOwner.MAX_ID_LENGTH
                    + " letters, digits, '.', '_' or '-'");
        }
    }
}
