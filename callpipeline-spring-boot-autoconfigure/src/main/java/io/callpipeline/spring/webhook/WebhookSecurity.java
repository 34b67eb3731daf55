package io.callpipeline.spring.webhook;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a callback really comes from Twilio for one of our accounts: its
 * {@code AccountSid} must be ours (the main account, or an agency's subaccount), and its
 * {@code X-Twilio-Signature} is checked by twilio-java's {@link RequestValidator} against the public
 * URL with that account's auth token, since Twilio signs each account's webhooks with its own.
 */
public final class WebhookSecurity {

    /** The outcome of the checks. */
    public enum Verdict {
        TRUSTED("OK"),
        BAD_SIGNATURE("Invalid signature"),
        FOREIGN_ACCOUNT("Unknown account");

        private final String message;

        Verdict(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Map<String, Optional<RequestValidator>> accounts;
    private final PublicUrlResolver urls;
    private final String connectionOverrides;

    /**
     * @param validators          each of our accounts with the validator keyed with its auth token (a
     *                            {@code null} validator when signature validation was explicitly turned off)
     * @param urls                how to find the URL Twilio signed
     * @param connectionOverrides the fragment our TwiML adds to callback URLs, or empty: the fragment
     *                            never reaches us, and a signature over the URL with it is accepted
     *                            as well as one over the URL without it
     */
    public WebhookSecurity(Map<String, RequestValidator> validators, PublicUrlResolver urls, String connectionOverrides) {
        Map<String, Optional<RequestValidator>> accounts = new HashMap<>();
        validators.forEach((account, validator) -> accounts.put(account, Optional.ofNullable(validator)));
        this.accounts = Map.copyOf(accounts);
        this.urls = urls;
        this.connectionOverrides = ConnectionOverrides.check(connectionOverrides);
    }

    /** The public URL of {@code path} on this app, as Twilio should call it. */
    public String publicUrl(HttpServletRequest request, String path) {
        return urls.resolve(request, path);
    }

    /** The URL to give Twilio for a callback: the public URL with our connection overrides as its fragment. */
    public String callbackUrl(HttpServletRequest request, String path) {
        String url = publicUrl(request, path);
        return connectionOverrides.isEmpty() ? url : url + "#" + connectionOverrides;
    }

    /**
     * @param form the POST parameters, {@code AccountSid} among them
     */
    public Verdict check(HttpServletRequest request, Map<String, String> form) {
        String account = form.get("AccountSid");
        if (account == null || !accounts.containsKey(account)) {
            return Verdict.FOREIGN_ACCOUNT;
        }
        Optional<RequestValidator> checked = accounts.get(account);
        if (checked.isPresent()) {
            RequestValidator validator = checked.get();
            String signature = request.getHeader("X-Twilio-Signature");
            String url = urls.resolve(request);
            if (signature == null || !(validator.validate(url, form, signature)
                    || !connectionOverrides.isEmpty() && validator.validate(url + "#" + connectionOverrides, form,
                            signature))) {
                return Verdict.BAD_SIGNATURE;
            }
        }
        return Verdict.TRUSTED;
    }
}
