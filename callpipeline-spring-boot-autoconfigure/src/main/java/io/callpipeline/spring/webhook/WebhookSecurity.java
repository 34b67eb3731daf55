package io.callpipeline.spring.webhook;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Decides whether a callback really comes from Twilio for our account: its
 * {@code X-Twilio-Signature} is checked by twilio-java's {@link RequestValidator} against the public
 * URL, and its {@code AccountSid} must be ours.
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

    private final RequestValidator validator;
    private final PublicUrlResolver urls;
    private final String accountSid;
    private final String connectionOverrides;

    /**
     * @param validator           twilio-java's validator keyed with the auth token, or {@code null}
     *                            when signature validation was explicitly turned off
     * @param urls                how to find the URL Twilio signed
     * @param accountSid          our account
     * @param connectionOverrides the fragment our TwiML adds to callback URLs, or empty: the fragment
     *                            never reaches us, and a signature over the URL with it is accepted
     *                            as well as one over the URL without it
     */
    public WebhookSecurity(RequestValidator validator, PublicUrlResolver urls, String accountSid,
            String connectionOverrides) {
        this.validator = validator;
        this.urls = urls;
        this.accountSid = accountSid;
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
        if (validator != null) {
            String signature = request.getHeader("X-Twilio-Signature");
            String url = urls.resolve(request);
            if (signature == null || !(validator.validate(url, form, signature)
                    || !connectionOverrides.isEmpty() && validator.validate(url + "#" + connectionOverrides, form,
                            signature))) {
                return Verdict.BAD_SIGNATURE;
            }
        }
        if (!accountSid.equals(form.get("AccountSid"))) {
            return Verdict.FOREIGN_ACCOUNT;
        }
        return Verdict.TRUSTED;
    }
}
