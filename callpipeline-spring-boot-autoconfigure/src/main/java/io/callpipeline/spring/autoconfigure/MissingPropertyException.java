package io.callpipeline.spring.autoconfigure;

/**
 * A {@code callpipeline.*} property a bean cannot work without is not set. Start-up stops with it,
 * and {@link MissingPropertyFailureAnalyzer} turns it into Spring Boot's short "APPLICATION FAILED
 * TO START" description instead of a stack trace.
 */
public final class MissingPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String why;

    MissingPropertyException(String property, String why) {
        super("Property " + property + " is not set: " + why + ". Set it, or define your own bean for that part.");
        this.property = property;
        this.why = why;
    }

    /** The property's name, e.g. {@code callpipeline.openai.api-key}. */
    public String property() {
        return property;
    }

    /** What needs it. */
    public String why() {
        return why;
    }
}
