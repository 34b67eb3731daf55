package io.callpipeline.core.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.TransientProcessingException;

/**
 * Translates twilio-java's exceptions into the pipeline's permanent/transient ones, at the one
 * place the adapter calls the SDK, so no Twilio type leaks past the adapter.
 */
final class TwilioErrors {

    private TwilioErrors() {
    }

    /**
     * @param what       what was being fetched, e.g. {@code recording}; used in codes and messages
     * @param sid        its SID
     */
    static CallPipelineException translate(TwilioException e, String what, String sid) {
        if (!(e instanceof ApiException api) || api.getStatusCode() == null) {
            return new TransientProcessingException("twilio_unreachable",
                    "Twilio could not be reached to fetch " + what + " " + sid + ": " + e.getMessage(), e);
        }
        int status = api.getStatusCode();
        String detail = " (HTTP " + status + (api.getCode() == null ? "" : ", Twilio error " + api.getCode()) + ")";
        if (status == 404) {
            return new PermanentProcessingException(what + "_not_found",
                    "Twilio has no " + what + " " + sid + " in this account" + detail, e);
        }
        if (status == 401 || status == 403) {
            return new PermanentProcessingException("twilio_unauthorized",
                    "Twilio refused our credentials fetching " + what + " " + sid + detail, e);
        }
        if (status == 429 || status >= 500) {
            return new TransientProcessingException("twilio_unavailable",
                    "Twilio could not answer for " + what + " " + sid + " now" + detail, e);
        }
        return new PermanentProcessingException("twilio_rejected",
                "Twilio rejected the request for " + what + " " + sid + detail, e);
    }
}
