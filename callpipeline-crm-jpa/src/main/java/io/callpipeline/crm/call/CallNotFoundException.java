package io.callpipeline.crm.call;

import io.callpipeline.crm.query.NotFoundException;

/** No call has this id: a 404 in the API. */
public final class CallNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public CallNotFoundException(long id) {
        super("No call with id " + id);
    }
}
