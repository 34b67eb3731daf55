package io.callpipeline.core.http;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A speech or chat provider's HTTP answer as the pipeline's typed failure, for adapters of providers that have
 * no reason codes of their own (everything but Twilio and OpenAI): what decides is the status. 429 waits, with
 * the provider's {@code Retry-After} when it sent one; 408, 409, 5xx (and Anthropic's 529 "overloaded") wait;
 * 401 and 403 are permanent; 402 is no credit left; any other 4xx is the request's fault and permanent. The
 * provider is named in the message, since the codes are shared ({@code provider_*}).
 */
public final class ProviderFailures {

    private ProviderFailures() {
    }

    /**
     * @param retryAfter the wait the provider asked for, or {@code null}
     * @param detail     what the provider said (never the caller's words), or {@code null}
     */
    public static CallPipelineException byStatus(int status, Duration retryAfter, String provider, String step,
            String detail, Throwable cause) {
        String said = " (HTTP " + status + ")" + (detail == null || detail.isBlank() ? "" : ": " + detail);
        if (status == 429) {
            return new TransientProcessingException(ReasonCode.PROVIDER_RATE_LIMITED,
                    provider + " rate-limited the " + step + " request" + said, cause, retryAfter);
        }
        if (status == 401 || status == 403) {
            return new PermanentProcessingException(ReasonCode.PROVIDER_UNAUTHORIZED,
                    provider + " refused the credentials for " + step + said, cause);
        }
        if (status == 402) {
            return new PermanentProcessingException(ReasonCode.PROVIDER_QUOTA_EXHAUSTED,
                    provider + " has no credit left for " + step + said, cause);
        }
        if (status >= 500 || status == 408 || status == 409) {
            return new TransientProcessingException(ReasonCode.PROVIDER_UNAVAILABLE,
                    provider + " could not answer the " + step + " request now" + said, cause, retryAfter);
        }
        if (status >= 400) {
            return new PermanentProcessingException(ReasonCode.PROVIDER_BAD_REQUEST,
                    provider + " rejected the " + step + " request" + said, cause);
        }
        return new PermanentProcessingException(ReasonCode.PROVIDER_REJECTED,
                provider + " refused the " + step + " request" + said, cause);
    }

    /** The provider could not be reached, or did not answer in time: worth waiting for. */
    public static CallPipelineException unreachable(String provider, String step, Throwable cause) {
        return new TransientProcessingException(ReasonCode.PROVIDER_UNREACHABLE,
                provider + "'s " + step + " endpoint could not be reached or timed out: " + cause, cause);
    }

    /** The first readable {@code Retry-After} of {@code values} (seconds or an HTTP date), or {@code null}. */
    public static Duration retryAfter(List<String> values) {
        return values == null ? null : values.stream().map(value -> RetryAfter.parse(value, Clock.systemUTC()))
                .flatMap(Optional::stream).findFirst().orElse(null);
    }
}
