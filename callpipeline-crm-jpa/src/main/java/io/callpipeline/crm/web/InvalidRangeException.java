package io.callpipeline.crm.web;

/** A {@code Range} header that is not a byte range this server can serve: a 416. */
public final class InvalidRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRangeException(String header) {
        super("Not a byte range this server serves: " + header);
    }
}
