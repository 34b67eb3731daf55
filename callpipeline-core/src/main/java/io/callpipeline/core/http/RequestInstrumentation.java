package io.callpipeline.core.http;

/**
 * Sees each HTTP request an adapter sends to a provider (Twilio's REST API and its media, a speech or chat
 * model), as it leaves and once it has an answer, on the thread that sends it. The starter opens a Micrometer
 * {@code Observation} here, so that a tracer makes each request a span of the step that needed it, and one call's
 * trace shows which provider its seconds went to. Adapters that send through an HTTP client with interceptors of
 * its own (openai-java's) are observed there instead; the core depends on no observation library, and
 * {@link #NONE} sees nothing.
 */
public interface RequestInstrumentation {

    /** Sees nothing: what an adapter uses when it is given no instrumentation. */
    RequestInstrumentation NONE = request -> () -> {
    };

    /**
     * Called as {@code request} is about to be sent. The adapter tells the request how it ended
     * ({@link ProviderRequest#answered} or {@link ProviderRequest#failed}) and then closes what this returned, on
     * the same thread.
     */
    InFlight start(ProviderRequest request);

    /** A request on its way; closed once it has an answer or has failed. */
    interface InFlight extends AutoCloseable {

        /** The request ended; never throws. */
        @Override
        void close();
    }
}
