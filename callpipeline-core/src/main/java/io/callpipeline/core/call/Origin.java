package io.callpipeline.core.call;

/**
 * How a call became known: the record says so, so an operator can tell how often callbacks are
 * missed, and the CRM can show that a call was found later rather than announced.
 */
public enum Origin {
    /** Twilio's recording status callback reached the webhook. */
    CALLBACK,
    /** No callback came; reconciliation found the recording in Twilio's list of the account's recordings. */
    RECONCILIATION
}
