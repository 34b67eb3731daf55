package io.callpipeline.crm.web;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.crm.call.CallAlreadyAssignedException;
import io.callpipeline.crm.call.CallNotReanswerableException;
import io.callpipeline.crm.followup.InvalidFieldDecisionException;
import io.callpipeline.crm.query.NotFoundException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}) whose
 * {@code detail} a developer can act on: 404 for what does not exist, 409 for an assignment that
 * would move a customer's call, 400 for malformed requests.
 * Scoped to the CRM's own controllers, so the host's error handling is untouched.
 */
@RestControllerAdvice(assignableTypes = {CallsApiController.class, CallsExportController.class, CallRetryController.class,
        CallReanswerController.class, CallAudioController.class, PrivacyController.class, CallFieldsController.class,
        CallTasksController.class, CustomerStoryController.class, CallReplyController.class})
public class CrmApiErrors {

    private static final Logger log = LoggerFactory.getLogger(CrmApiErrors.class);

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AudioDeletedException.class)
    ResponseEntity<ProblemDetail> gone(AudioDeletedException e) {
        return answer(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(AdminOnlyException.class)
    ResponseEntity<ProblemDetail> adminOnly(AdminOnlyException e) {
        return answer(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(CallAlreadyAssignedException.class)
    ResponseEntity<ProblemDetail> conflict(CallAlreadyAssignedException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(CallNotRetryableException.class)
    ResponseEntity<ProblemDetail> notRetryable(CallNotRetryableException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(CallNotReanswerableException.class)
    ResponseEntity<ProblemDetail> notReanswerable(CallNotReanswerableException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Two requests changed the same call at once: the one that lost changed nothing and may try again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(OptimisticLockingFailureException e) {
        return answer(HttpStatus.CONFLICT, "The call was changed by another request at the same time; reload it");
    }

    @ExceptionHandler(AudioBusyException.class)
    ResponseEntity<ProblemDetail> audioBusy(AudioBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(InvalidFieldDecisionException.class)
    ResponseEntity<ProblemDetail> invalidDecision(InvalidFieldDecisionException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(io.callpipeline.crm.reply.InvalidReplyException.class)
    ResponseEntity<ProblemDetail> invalidReply(io.callpipeline.crm.reply.InvalidReplyException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    /** A range past the end: 416 with the real length, so the player can ask again. */
    @ExceptionHandler(MediaRangeNotSatisfiableException.class)
    ResponseEntity<ProblemDetail> rangePastTheEnd(MediaRangeNotSatisfiableException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
        if (e.totalBytes() >= 0) {
            answer.header(HttpHeaders.CONTENT_RANGE, "bytes */" + e.totalBytes());
        }
        return answer.body(ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, e.getMessage()));
    }

    /** The provider could not give the audio: 404 when it has none, 503 when it may later, 502 when it refused. */
    @ExceptionHandler(CallPipelineException.class)
    ResponseEntity<ProblemDetail> providerFailure(CallPipelineException e) {
        log.warn("Audio unavailable: {} ({})", e.reasonCode(), e.getMessage());
        return switch (e.reason()) {
            case TWILIO_MEDIA_NOT_READY, TWILIO_MEDIA_REJECTED ->
                    answer(HttpStatus.NOT_FOUND, "The provider has no audio for this call");
            case AUDIO_UNAVAILABLE -> answer(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
            default -> e.isRetryable()
                    ? answer(HttpStatus.SERVICE_UNAVAILABLE, "The provider cannot serve the audio now; try again")
                    : answer(HttpStatus.BAD_GATEWAY, "The provider refused the audio: " + e.reasonCode());
        };
    }

    @ExceptionHandler(IOException.class)
    ResponseEntity<ProblemDetail> unreadable(IOException e) {
        return answer(HttpStatus.BAD_GATEWAY, "The recording could not be read from the provider");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "The body is not the JSON expected, e.g. {\"customerId\": 42}");
    }
}
