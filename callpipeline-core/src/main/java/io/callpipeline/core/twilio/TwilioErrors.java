package io.callpipeline.core.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.time.Duration;
import java.util.Optional;

/**
 * Translates twilio-java's exceptions into the pipeline's permanent/transient ones, at the one
 * place the adapter calls the SDK, so no Twilio type leaks past the adapter. What the SDK's
 * exception leaves out (the status of an answer that was not JSON, a 429's {@code Retry-After})
 * comes from the HTTP client's record of the last answer.
 */
final class TwilioErrors {

    private TwilioErrors() {
    }

    /**
     * @param what      what was being fetched, e.g. {@code recording}; used in messages
     * @param notFound  the reason when Twilio has no such resource
     * @param sid       its SID
     * @param answer    the HTTP answer the SDK got; empty when no answer came (or the host's own
     *                  client is in use, which keeps no record)
     */
    static CallPipelineException translate(TwilioException e, String what, ReasonCode notFound, String sid,
            Optional<BaseUrlTwilioHttpClient.LastAnswer> answer) {
        if (e instanceof ApiConnectionException || answer.isEmpty()) {
            return new TransientProcessingException(ReasonCode.TWILIO_UNREACHABLE,
                    "Twilio could not be reached to fetch " + what + " " + sid + ": " + e.getMessage(), e);
        }
        Integer reported = e instanceof ApiException api ? api.getStatusCode() : null;
        int status = reported != null ? reported : answer.map(BaseUrlTwilioHttpClient.LastAnswer::status).orElse(0);
        Duration retryAfter = answer.map(BaseUrlTwilioHttpClient.LastAnswer::retryAfter).orElse(null);
        Integer twilioCode = e instanceof ApiException api ? api.getCode() : null;
        String detail = " (HTTP " + status + (twilioCode == null ? "" : ", Twilio error " + twilioCode) + ")";
        if (status == 429 || status >= 500) {
            return new TransientProcessingException(ReasonCode.TWILIO_UNAVAILABLE,
                    "Twilio could not answer for " + what + " " + sid + " now" + detail, e, retryAfter);
        }
        if (reported == null) {
            return new TransientProcessingException(ReasonCode.TWILIO_BAD_ANSWER,
                    "Twilio's answer for " + what + " " + sid + " could not be read" + detail, e);
        }
        if (status == 404) {
            return new PermanentProcessingException(notFound,
                    "Twilio has no " + what + " " + sid + " in this account" + detail, e);
        }
        if (status == 401 || status == 403) {
            return new PermanentProcessingException(ReasonCode.TWILIO_UNAUTHORIZED,
                    "Twilio refused our credentials fetching " + what + " " + sid + detail, e);
        }
        return new PermanentProcessingException(ReasonCode.TWILIO_REJECTED,
                "Twilio rejected the request for " + what + " " + sid + detail, e);
    }
}
