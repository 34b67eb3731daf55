package io.callpipeline.crm.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * One line at start-up saying who may read the calls: a host should never have to guess whether its
 * recordings are behind a login. An open API is said as a warning, and so is an app where every
 * call ends unrouted (no agency configured and no default one), whose calls only admins see: the
 * usual reason for an empty tab after adoption.
 */
public final class CallAccessReport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CallAccessReport.class);

    private final CallAccess access;
    private final String apiPath;
    private final boolean everyCallUnrouted;

    /** @param everyCallUnrouted whether no rule can route a call and no default agency is set */
    public CallAccessReport(CallAccess access, String apiPath, boolean everyCallUnrouted) {
        this.access = access;
        this.apiPath = apiPath;
        this.everyCallUnrouted = everyCallUnrouted;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (access instanceof OpenCallAccess) {
            log.warn("callpipeline calls API at {}: {}", apiPath, access);
        } else {
            log.info("callpipeline calls API at {}: access by {}", apiPath, access);
            if (everyCallUnrouted) {
                log.warn("callpipeline: no agency is configured, so every call stays unrouted and only admins see it;"
                        + " set callpipeline.routing.default-agency (or callpipeline.routing.agencies.*) and grant"
                        + " users callpipeline:agency:{id}, or set callpipeline.crm.api.open=true for one agency"
                        + " behind your own login");
            }
        }
    }
}
