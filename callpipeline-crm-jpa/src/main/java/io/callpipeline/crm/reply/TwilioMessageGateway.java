package io.callpipeline.crm.reply;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.util.Map;
import java.util.Objects;

/**
 * Sends through Twilio's Messages resource with twilio-java ({@code Message.creator(to, from, body)}), from
 * the call's own account: a refusal (an error answer: opted out, an invalid number, outside WhatsApp's
 * window) is {@link MessageGateway.Refused} with Twilio's code; no answer at all is
 * {@link MessageGateway.Unconfirmed}, and nothing is retried here (the client makes no automatic retry).
 */
public final class TwilioMessageGateway implements MessageGateway {

    private final Map<String, TwilioRestClient> accounts;
    private final TwilioRestClient main;

    /**
     * @param main     the main account's client
     * @param accounts each subaccount's client, by its SID
     */
    public TwilioMessageGateway(TwilioRestClient main, Map<String, TwilioRestClient> accounts) {
        this.main = Objects.requireNonNull(main, "main");
        this.accounts = Map.copyOf(accounts);
    }

    @Override
    public Accepted send(Outgoing message) {
        TwilioRestClient client = accounts.getOrDefault(message.accountSid(), main);
        try {
            var creator = Message.creator(message.accountSid() == null ? client.getAccountSid() : message.accountSid(),
                            new PhoneNumber(message.to()), new PhoneNumber(message.from()),
                            message.template() == null ? message.body() : null)
                    .setStatusCallback(message.statusCallback());
            if (message.template() != null) {
                creator.setContentSid(message.template()).setContentVariables(message.variables());
            }
            Message sent = creator.create(client);
            return new Accepted(sent.getSid(), sent.getStatus() == null ? "queued" : sent.getStatus().toString());
        } catch (ApiException e) {
            if (e.getStatusCode() == null || e.getStatusCode() >= 500 || e.getCode() == null) {
                // a 5xx (or no answer we can read) does not say the message was not taken
                throw new Unconfirmed("Twilio answered " + e.getStatusCode() + " to the message", e);
            }
            throw new Refused(e.getCode(), e.getMessage());
        } catch (ApiConnectionException e) {
            throw new Unconfirmed("Twilio could not be reached or did not answer", e);
        }
    }
}
