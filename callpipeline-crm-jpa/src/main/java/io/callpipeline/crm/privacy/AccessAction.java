package io.callpipeline.crm.privacy;

/**
 * What a user did with calls, as the access log names it: every way a call's content leaves the
 * database for a person's screen, ear or file, and every change a person makes to a call.
 */
public enum AccessAction {
    /** A list of calls shown (a customer's tab, recent calls, a search); the entry names each call shown. */
    LIST,
    /** One call opened. */
    VIEW,
    /** A call's audio played (streamed to the page's player). */
    PLAY,
    /** A call's audio downloaded as a file. */
    DOWNLOAD,
    /** A customer's calls exported as CSV. */
    EXPORT,
    /** A failed call given another run. */
    RETRY,
    /** A call answered again by the model. */
    REANSWER,
    /** An unassigned call given to a customer. */
    ASSIGN,
    /** A field the model extracted from a call accepted, edited or rejected by an agent. */
    DECIDE_FIELD,
    /** Marked a task of the call done, or open again. */
    MARK_TASK,
    /** Sent the agent's reply to the caller (SMS or WhatsApp). */
    SEND_REPLY,
    /** One call erased on request. */
    ERASE_CALL,
    /** A customer and all their calls erased on request. */
    ERASE_CUSTOMER,
    /** The access log itself read or exported. */
    READ_ACCESS_LOG
}
