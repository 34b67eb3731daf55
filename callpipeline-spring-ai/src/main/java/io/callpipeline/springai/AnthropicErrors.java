package io.callpipeline.springai;

import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import io.callpipeline.core.CallPipelineException;
import java.util.Optional;

/** anthropic-java's exceptions (Spring AI's Anthropic module): the status and headers it kept. */
final class AnthropicErrors implements ProviderErrors.Reader {

    @Override
    public Optional<CallPipelineException> read(Throwable error, String provider, String step) {
        if (error instanceof AnthropicServiceException service) {
            return Optional.of(ProviderErrors.byStatus(service.statusCode(),
                    ProviderErrors.retryAfter(service.headers().values("retry-after")), provider, step, error));
        }
        if (error instanceof AnthropicIoException) {
            return Optional.of(ProviderErrors.unreachable(provider, step, error));
        }
        return Optional.empty();
    }
}
