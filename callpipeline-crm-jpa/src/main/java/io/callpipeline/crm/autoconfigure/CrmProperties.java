package io.callpipeline.crm.autoconfigure;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CRM extension's settings.
 *
 * @param enabled       whether the CRM extension configures anything (the starter's own switch,
 *                      {@code callpipeline.enabled}, turns it off too)
 * @param defaultRegion the region (ISO 3166) for phone numbers written without a country code
 * @param timeZone      the time zone dates are shown in
 * @param apiPath       where the calls API and the audio are served
 * @param migrateSchema whether the extension creates its tables (Flyway, history in
 *                      {@code callpipeline_crm_schema_history}); off for hosts that manage schema
 * @param api           who may use the calls API and the audio
 * @param audio         how recordings are streamed to the agents' players
 * @param messaging     how the agent's reply is sent by SMS or WhatsApp
 */
@ConfigurationProperties("callpipeline.crm")
public record CrmProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("IL") String defaultRegion,
        @DefaultValue("Asia/Jerusalem") ZoneId timeZone,
        @DefaultValue("/callpipeline/api") String apiPath,
        @DefaultValue("true") boolean migrateSchema,
        @DefaultValue Api api,
        @DefaultValue Audio audio,
        @DefaultValue Messaging messaging) {

    /**
     * Who may use the calls API and the audio.
     *
     * @param open serve every call to anyone who reaches the API, with no login and no agencies; for an
     *             app without Spring Security whose API is protected some other way. Without Spring
     *             Security and without this, the app refuses to start rather than serve calls to anyone
     */
    public record Api(@DefaultValue("false") boolean open) {
    }

    /**
     * How recordings are streamed to the agents' players, each on its request's own thread; a stream
     * whose provider stops sending ends after {@code callpipeline.twilio.media-response-timeout}.
     *
     * @param maxStreams recordings streamed at once by one instance; one more is answered 503 with
     *                   {@code Retry-After}
     */
    public record Audio(@DefaultValue("32") int maxStreams) {

        public Audio {
            if (maxStreams < 1) {
                throw new IllegalArgumentException("callpipeline.crm.audio.max-streams must be at least 1, got "
                        + maxStreams);
            }
        }
    }

    /**
     * How the agent's reply goes to the caller through Twilio Messaging (with the starter's Twilio account).
     *
     * @param enabled      whether the tab offers sending the reply, and the messaging webhooks exist
     * @param smsFrom      our SMS sender; blank for the number the caller called
     * @param whatsappFrom our WhatsApp sender ({@code whatsapp:+9723…}); blank for the number the caller called
     * @param webhookPath  where Twilio posts the messages' status ({@code /status}) and incoming messages
     *                     ({@code /inbound}: STOP and its Hebrew equivalents, WhatsApp's 24-hour window)
     * @param whatsappTemplateSid an approved WhatsApp template ({@code HX…}, Twilio's Content API) sent instead of
     *                     the agent's text outside the 24-hour window, its variable {@code 1} the customer's name;
     *                     blank to refuse such a reply instead
     */
    public record Messaging(@DefaultValue("true") boolean enabled, @DefaultValue("") String smsFrom,
            @DefaultValue("") String whatsappFrom, @DefaultValue("/webhook/messages") String webhookPath,
            @DefaultValue("") String whatsappTemplateSid) {

        public Messaging {
            if (!webhookPath.startsWith("/") || webhookPath.endsWith("/")) {
                throw new IllegalArgumentException("callpipeline.crm.messaging.webhook-path must start with / and not end"
                        + " with one, got " + webhookPath);
            }
        }
    }
}
