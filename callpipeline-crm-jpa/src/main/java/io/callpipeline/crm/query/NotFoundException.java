package io.callpipeline.crm.query;

/** Something the request names does not exist: the API answers 404 with the message. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
