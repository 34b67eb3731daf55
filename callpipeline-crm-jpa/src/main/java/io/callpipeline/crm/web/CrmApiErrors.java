package io.callpipeline.crm.web;

import io.callpipeline.crm.call.CallAlreadyAssignedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as short JSON with a message a developer can act on: 404 for what does not
 * exist, 409 for an assignment that would move a customer's call, 400 for malformed requests.
 * Scoped to the CRM's own controllers, so the host's error handling is untouched.
 */
@RestControllerAdvice(assignableTypes = {CallsApiController.class, CallAudioController.class})
public class CrmApiErrors {

    /** @param status the HTTP status code, repeated for clients that only see the body */
    public record ApiError(int status, String error, String message) {
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CallAlreadyAssignedException.class)
    ResponseEntity<ApiError> conflict(CallAlreadyAssignedException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "The body is not the JSON expected, e.g. {\"customerId\": 42}");
    }
}
