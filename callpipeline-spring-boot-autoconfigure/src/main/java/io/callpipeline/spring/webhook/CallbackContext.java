package io.callpipeline.spring.webhook;

import java.util.function.Supplier;

/**
 * What the callback's request thread knows that the thread storing it must know too. The store runs on a pool of
 * its own ({@link StorageDeadline}), where a thread-bound context is lost: without this, the job queued for the
 * call carried no trace, or another request's, and the call's runs began a trace apart from its callback's.
 */
public interface CallbackContext {

    /** Carries nothing. */
    CallbackContext NONE = new CallbackContext() {
        @Override
        public <T> Supplier<T> carry(Supplier<T> work) {
            return work;
        }
    };

    /**
     * Called on the request's thread; what it returns runs {@code work} on another thread in the request's
     * context, and leaves that thread as it found it.
     */
    <T> Supplier<T> carry(Supplier<T> work);
}
