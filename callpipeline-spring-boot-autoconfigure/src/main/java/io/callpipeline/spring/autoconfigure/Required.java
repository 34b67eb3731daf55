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
}
