package io.callpipeline.crm.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * One line at start-up saying who may read the calls: a host should never have to guess whether its
 * recordings are behind a login. An open API is said as a warning.
 */
public final class CallAccessReport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CallAccessReport.class);

    private final CallAccess access;
    private final String apiPath;

    public CallAccessReport(CallAccess access, String apiPath) {
        this.access = access;
        this.apiPath = apiPath;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (access instanceof OpenCallAccess) {
            log.warn("callpipeline calls API at {}: {}", apiPath, access);
        } else {
            log.info("callpipeline calls API at {}: access by {}", apiPath, access);
        }
    }
}
