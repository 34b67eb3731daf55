package io.callpipeline.spring.autoconfigure;

/**
 * Start-up checks for properties without which a bean cannot work, failing with the property's
 * name rather than a null pointer deep in an SDK.
 */
final class Required {

    private Required() {
    }

    /**
     * @param missingProperty what a settings rule found missing, or {@code null} when nothing is
     */
    static void complete(String missingProperty, String why) {
        if (missingProperty != null) {
            throw new MissingPropertyException(missingProperty, why);
        }
    }

    static String property(String value, String name, String why) {
        if (value == null || value.isBlank()) {
            throw new MissingPropertyException(name, why);
        }
        return value;
    }

    /** A required {@code callpipeline.*} property is not set. */
    static final class MissingPropertyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingPropertyException(String name, String why) {
            super("Property " + name + " is not set: " + why + ". Set it, or define your own bean for that part.");
        }
    }
}
