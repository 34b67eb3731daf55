package io.callpipeline.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two lines which property is missing and how to set it, the way Spring Boot reports its
 * own start-up failures, rather than a stack trace through the bean factory.
 */
final class MissingPropertyFailureAnalyzer extends AbstractFailureAnalyzer<MissingPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingPropertyException cause) {
        String variable = cause.property().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        return new FailureAnalysis("The property " + cause.property() + " is not set: " + cause.why() + ".",
                "Set " + cause.property() + " (for example as the environment variable " + variable
                        + "), or define your own bean for that part of the call pipeline.", cause);
    }
}
