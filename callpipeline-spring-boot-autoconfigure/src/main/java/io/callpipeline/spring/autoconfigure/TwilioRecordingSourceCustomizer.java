package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.twilio.TwilioRecordingSource;

/**
 * Adjusts the starter's Twilio adapter without replacing it: the host's own {@code TwilioRestClient}
 * (a proxy, a region or edge), other media settings. Every such bean is applied, in {@code @Order},
 * after the {@code callpipeline.twilio.*} properties and before the adapter is built.
 */
@FunctionalInterface
public interface TwilioRecordingSourceCustomizer {

    void customize(TwilioRecordingSource.Builder builder);
}
