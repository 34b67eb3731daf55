package io.callpipeline.spring.processing;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Notices OpenAI pushing back inside openai-java, where its own retries would hide it: a 429, or a
 * {@code x-ratelimit-remaining-requests} / {@code -tokens} header at zero. The calls are made on the
 * job's own thread, so the job that met the pushback is told through a per-thread watch, and the
 * {@link ProcessingLimit} shrinks even when the SDK's retry then succeeded.
 */
public final class ProviderPushback implements Interceptor {

    private static final ThreadLocal<boolean[]> WATCHED = new ThreadLocal<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == 429 || exhausted(response.header("x-ratelimit-remaining-requests"))
                || exhausted(response.header("x-ratelimit-remaining-tokens"))) {
            boolean[] watched = WATCHED.get();
            if (watched != null) {
                watched[0] = true;
            }
        }
        return response;
    }

    private static boolean exhausted(String remaining) {
        if (remaining == null) {
            return false;
        }
        try {
            return Long.parseLong(remaining.trim()) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Starts watching this thread's OpenAI calls. */
    static Watch watch() {
        boolean[] flag = new boolean[1];
        WATCHED.set(flag);
        return new Watch(flag);
    }

    /** What one job's calls met; closed when the job ends. */
    static final class Watch implements AutoCloseable {
        private final boolean[] flag;

        private Watch(boolean[] flag) {
            this.flag = flag;
        }

        boolean pushedBack() {
            return flag[0];
        }

        @Override
        public void close() {
            WATCHED.remove();
        }
    }
}
