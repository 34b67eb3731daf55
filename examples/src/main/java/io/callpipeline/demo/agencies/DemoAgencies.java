package io.callpipeline.demo.agencies;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.spring.autoconfigure.CallRoutingProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agencies as the demo's pages show them: the ones the logged-in user sees (to choose where a new
 * customer or a simulated call goes), and any agency's display name.
 */
@Component("demoAgencies")
public class DemoAgencies {

    private final CallRoutingProperties routing;
    private final CallAccess access;
    private final PhoneNumbers phones;

    public DemoAgencies(CallRoutingProperties routing, CallAccess access, PhoneNumbers phones) {
        this.routing = routing;
        this.access = access;
        this.phones = phones;
    }

    /**
     * An agency a user may choose.
     *
     * @param number its first number in E.164, which a simulated call dials; {@code null} when it has none
     */
    public record Agency(String id, String name, String number) {
    }

    /** The agencies the current user sees, by id. */
    public List<Agency> visible() {
        AccessScope scope = access.currentScope();
        return routing.agencies().entrySet().stream().filter(agency -> scope.sees(agency.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(agency -> new Agency(agency.getKey(), routing.displayName(agency.getKey()),
                        agency.getValue().numbers().stream().flatMap(number -> phones.toE164(number).stream())
                                .findFirst().orElse(null)))
                .toList();
    }

    /** The agency of this id among the current user's, or {@code null}. */
    public Agency visible(String id) {
        return visible().stream().filter(agency -> agency.id().equals(id)).findFirst().orElse(null);
    }

    /** What a page calls an agency. */
    public String nameOf(String agencyId) {
        return CallOwner.UNROUTED_AGENCY.equals(agencyId) ? "ללא סוכנות" : routing.displayName(agencyId);
    }
}
