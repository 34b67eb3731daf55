package io.callpipeline.springai;

import io.callpipeline.core.CallPipelineException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/** Spring's HTTP client exceptions, for a REST-based model given a client with Spring's own error handler. */
final class SpringWebErrors implements ProviderErrors.Reader {

    @Override
    public Optional<CallPipelineException> read(Throwable error, String provider, String step) {
        if (error instanceof RestClientResponseException response) {
            HttpHeaders headers = response.getResponseHeaders();
            List<String> retryAfter = headers == null ? List.of() : headers.getOrEmpty(HttpHeaders.RETRY_AFTER);
            return Optional.of(ProviderErrors.byStatus(response.getStatusCode().value(),
                    ProviderErrors.retryAfter(retryAfter), provider, step, error));
        }
        if (error instanceof ResourceAccessException) {
            return Optional.of(ProviderErrors.unreachable(provider, step, error));
        }
        return Optional.empty();
    }
}
