package io.callpipeline.core.owner;

/**
 * What Twilio told us that can say whose call it is, gathered at the moment a call is stored or
 * becomes known. Any component may be {@code null} when it is not known yet: the account comes with
 * the callback, the numbers once the call's details are fetched.
 *
 * @param accountSid   the Twilio account or subaccount the recording belongs to ({@code AC…})
 * @param ourNumber    our side of the call: the number called for an inbound call, the caller ID
 *                     of an outbound one (E.164 as Twilio gives it)
 * @param dialedNumber the agent's number our TwiML's {@code <Dial>} forwarded the call to, when it
 *                     did; {@code null} for a voicemail, a call it did not dial, or when unknown
 */
public record RoutingFacts(String accountSid, String ourNumber, String dialedNumber) {

    /** What a call says before, or without, a {@code <Dial>}. */
    public RoutingFacts(String accountSid, String ourNumber) {
        this(accountSid, ourNumber, null);
    }

    /** Only the account is known: a callback that has just arrived. */
    public static RoutingFacts account(String accountSid) {
        return new RoutingFacts(accountSid, null, null);
    }
}
