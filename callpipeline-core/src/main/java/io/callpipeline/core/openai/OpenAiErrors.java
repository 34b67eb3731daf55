package io.callpipeline.core.openai;

import com.openai.errors.BadRequestException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.TransientProcessingException;
import java.time.Duration;

/**
 * Translates openai-java's exceptions into permanent or transient failures. The distinction that
 * matters most: a 429 with {@code insufficient_quota} will not pass by waiting, other 429s will.
 */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    /**
     * @param step what was asked, e.g. {@code transcription} or {@code chat}
     */
    static CallPipelineException translate(OpenAIException e, String step) {
        if (e instanceof OpenAIIoException) {
            return new TransientProcessingException("openai_unreachable",
                    "The OpenAI " + step + " endpoint could not be reached or timed out: " + e.getMessage(), e);
        }
        if (!(e instanceof OpenAIServiceException service)) {
            return new TransientProcessingException("openai_invalid_answer",
                    "The OpenAI " + step + " answer could not be read: " + e.getMessage(), e);
        }
        String code = service.code().orElse("");
        String detail = " (HTTP " + service.statusCode() + (code.isEmpty() ? "" : ", " + code) + ")";
        if (e instanceof RateLimitException) {
            if ("insufficient_quota".equals(code)) {
                return new PermanentProcessingException("openai_insufficient_quota",
                        "The OpenAI account has no quota left for " + step + detail, e);
            }
            return new TransientProcessingException("openai_rate_limited",
                    "OpenAI rate-limited the " + step + " request" + detail, e, retryAfter(service));
        }
        if (e instanceof UnauthorizedException || e instanceof PermissionDeniedException) {
            return new PermanentProcessingException("openai_unauthorized",
                    "OpenAI refused the API key for " + step + detail, e);
        }
        if (e instanceof BadRequestException) {
            return new PermanentProcessingException("openai_bad_request",
                    "OpenAI rejected the " + step + " request" + detail + ": " + e.getMessage(), e);
        }
        int status = service.statusCode();
        if (status >= 500 || status == 408 || status == 409) {
            return new TransientProcessingException("openai_unavailable",
                    "OpenAI could not answer the " + step + " request now" + detail, e);
        }
        return new PermanentProcessingException("openai_rejected",
                "OpenAI refused the " + step + " request" + detail + ": " + e.getMessage(), e);
    }

    private static Duration retryAfter(OpenAIServiceException e) {
        for (String value : e.headers().values("retry-after")) {
            try {
                return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
            } catch (NumberFormatException ignored) {
                // an HTTP date instead of seconds: fall back to the scheduler's own backoff
            }
        }
        return null;
    }
}
