package io.callpipeline.crm.customer;

import io.callpipeline.crm.query.NotFoundException;

/**
 * A customer was to be made in an agency the user does not see (or none was chosen): answered as
 * an agency that does not exist, so a user learns nothing of agencies not theirs.
 */
public final class AgencyNotVisibleException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AgencyNotVisibleException(String agency) {
        super(agency == null ? "Choose the agency the customer belongs to" : "No agency '" + agency + "'");
    }
}
