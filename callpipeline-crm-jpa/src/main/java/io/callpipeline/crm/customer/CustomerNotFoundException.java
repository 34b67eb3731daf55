package io.callpipeline.crm.customer;

import io.callpipeline.crm.query.NotFoundException;

/** No customer has this id: a 404 in the API, never a 500. */
public final class CustomerNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public CustomerNotFoundException(long id) {
        super("No customer with id " + id);
    }
}
