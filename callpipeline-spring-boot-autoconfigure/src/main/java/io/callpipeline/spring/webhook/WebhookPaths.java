package io.callpipeline.spring.webhook;

/**
 * The webhooks' default paths, in one place: the properties' defaults and the controllers' mappings
 * both read them, so they cannot drift apart.
 */
public final class WebhookPaths {

    /** Where Twilio posts recording status callbacks unless {@code callpipeline.webhook.path} says otherwise. */
    public static final String RECORDING = "/webhook/handle_recording";
    /** Where Twilio asks what to do with an inbound call unless {@code callpipeline.voice.path} says otherwise. */
    public static final String VOICE = "/webhook/voice";

    private WebhookPaths() {
    }
}
