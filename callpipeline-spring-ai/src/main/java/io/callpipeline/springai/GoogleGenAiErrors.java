package io.callpipeline.springai;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import io.callpipeline.core.CallPipelineException;
import java.util.Optional;

/**
 * google-genai's exceptions (Spring AI's Gemini module): the status only, since the SDK keeps no header, so a
 * 429 from Gemini waits the retry loop's own backoff.
 */
final class GoogleGenAiErrors implements ProviderErrors.Reader {

    @Override
    public Optional<CallPipelineException> read(Throwable error, String provider, String step) {
        if (error instanceof ApiException api) {
            return Optional.of(ProviderErrors.byStatus(api.code(), null, provider, step, error));
        }
        if (error instanceof GenAiIOException) {
            return Optional.of(ProviderErrors.unreachable(provider, step, error));
        }
        return Optional.empty();
    }
}
