package io.callpipeline.openai;

import com.openai.errors.BadRequestException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Translates openai-java's exceptions into permanent or transient failures. The distinction that
 * matters most: a 429 with {@code insufficient_quota} will not pass by waiting, other 429s will. Public
 * so that Spring AI's OpenAI module (which speaks through the same SDK) fails a call exactly as ours does.
 */
public final class OpenAiErrors {

    private OpenAiErrors() {
    }

    /**
     * @param step what was asked, e.g. {@code transcription} or {@code chat}
     */
    public static CallPipelineException translate(OpenAIException e, String step) {
        if (e instanceof OpenAIIoException) {
            return new TransientProcessingException(ReasonCode.OPENAI_UNREACHABLE,
                    "The OpenAI " + step + " endpoint could not be reached or timed out: " + e.getMessage(), e);
        }
        if (!(e instanceof OpenAIServiceException service)) {
            return new TransientProcessingException(ReasonCode.OPENAI_INVALID_ANSWER,
                    "The OpenAI " + step + " answer could not be read: " + e.getMessage(), e);
        }
        String code = service.code().orElse("");
        String detail = " (HTTP " + service.statusCode() + (code.isEmpty() ? "" : ", " + code) + ")";
        if (e instanceof RateLimitException) {
            if ("insufficient_quota".equals(code)) {
                return new PermanentProcessingException(ReasonCode.OPENAI_INSUFFICIENT_QUOTA,
                        "The OpenAI account has no quota left for " + step + detail, e);
            }
            return new TransientProcessingException(ReasonCode.OPENAI_RATE_LIMITED,
                    "OpenAI rate-limited the " + step + " request" + detail, e, retryAfter(service));
        }
        if (e instanceof UnauthorizedException || e instanceof PermissionDeniedException) {
            return new PermanentProcessingException(ReasonCode.OPENAI_UNAUTHORIZED,
                    "OpenAI refused the API key for " + step + detail, e);
        }
        if (e instanceof BadRequestException) {
            return new PermanentProcessingException(ReasonCode.OPENAI_BAD_REQUEST,
                    "OpenAI rejected the " + step + " request" + detail + ": " + e.getMessage(), e);
        }
        int status = service.statusCode();
        if (status >= 500 || status == 408 || status == 409) {
            return new TransientProcessingException(ReasonCode.OPENAI_UNAVAILABLE,
                    "OpenAI could not answer the " + step + " request now" + detail, e);
        }
        return new PermanentProcessingException(ReasonCode.OPENAI_REJECTED,
                "OpenAI refused the " + step + " request" + detail + ": " + e.getMessage(), e);
    }

    private static Duration retryAfter(OpenAIServiceException e) {
        return e.headers().values("retry-after").stream()
                .map(value -> RetryAfter.parse(value, Clock.systemUTC()))
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }
}
