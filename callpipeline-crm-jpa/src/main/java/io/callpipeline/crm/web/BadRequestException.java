package io.callpipeline.crm.web;

/** A request the API cannot act on as written: a 400 with the message. */
public final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
