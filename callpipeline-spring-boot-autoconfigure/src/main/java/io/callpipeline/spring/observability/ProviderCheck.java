package io.callpipeline.spring.observability;

/**
 * Whether the settings a provider needs are present, checked without calling the provider (a health
 * probe must not spend API quota or hang on a network). A provider whose default bean the host
 * replaced is not judged: its settings are the host's business.
 *
 * @param provider {@code twilio} or {@code openai}
 * @param ready    whether the settings are complete
 * @param detail   what is set, or which property is missing; never a secret
 */
public record ProviderCheck(String provider, boolean ready, String detail) {

    static final String REPLACED = "replaced by an application bean";

    /**
     * @param missingProperty the first setting still missing, or {@code null} when they are complete
     * @param detail          what is set, shown when ready
     * @param replaced        whether the host replaced the provider's bean
     */
    public static ProviderCheck of(String provider, String missingProperty, String detail, boolean replaced) {
        if (replaced) {
            return new ProviderCheck(provider, true, REPLACED);
        }
        return missingProperty == null ? new ProviderCheck(provider, true, detail)
                : new ProviderCheck(provider, false, missingProperty + " is not set");
    }
}
