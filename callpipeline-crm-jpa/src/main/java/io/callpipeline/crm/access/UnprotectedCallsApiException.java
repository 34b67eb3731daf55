package io.callpipeline.crm.access;

/**
 * The app would serve the calls API and the audio to anyone: it has no Spring Security to say who
 * is logged in and which agencies they see, and the host did not open the API on purpose. Thrown at
 * start-up, so a host finds out before a caller's recording is served to the internet.
 */
public final class UnprotectedCallsApiException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnprotectedCallsApiException(String apiPath) {
        super("The calls API and the audio under " + apiPath + " would be served to anyone: there is no Spring"
                + " Security and no CallAccess bean");
    }
}
