package io.callpipeline.crm.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells a host, in Spring Boot's own start-up failure report, the three ways to protect the calls API. */
public final class UnprotectedCallsApiFailureAnalyzer extends AbstractFailureAnalyzer<UnprotectedCallsApiException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnprotectedCallsApiException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Add spring-boot-starter-security and grant your users the authorities callpipeline:agency:{id}"
                        + " (or callpipeline:admin); or define a CallAccess bean that says which agencies the current"
                        + " user sees; or, if the API is protected another way, set callpipeline.crm.api.open=true.",
                cause);
    }
}
