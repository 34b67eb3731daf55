package io.callpipeline.crm.call;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.callpipeline.core.gibberish.TranscriptFeatures;
import io.callpipeline.crm.customer.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a call is found by, in one lower-cased column: what was said, the summary and the reply,
 * the customer's name, and the numbers in both the forms agents type ({@code +972545551234} and
 * {@code 0545551234}, the national form from libphonenumber). Hebrew niqqud is dropped, so a
 * search never misses over vowel points. It is
 * written by the application whenever the call changes, which keeps the search one indexed column
 * on both H2 and PostgreSQL.
 */
final class CallSearchText {

    /** Longer text is cut: an hour of speech is about 60,000 characters. */
    static final int MAX_LENGTH = 200_000;

    private CallSearchText() {
    }

    static String of(CallLog call) {
        List<String> parts = new ArrayList<>();
        CallTranscript transcript = call.getTranscript();
        if (transcript != null) {
            add(parts, transcript.getText());
            add(parts, transcript.getSummary());
            add(parts, transcript.getSuggestedReply());
        }
        Customer customer = call.getCustomer();
        if (customer != null) {
            add(parts, customer.getName());
            addNumber(parts, customer.getPhone());
        }
        addNumber(parts, call.getCounterpartNumber());
        String text = TranscriptFeatures.normalize(String.join(" \n ", parts));
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /**
     * What {@link #of} is made from, but the customer by reference (its name is not read, so a lazy
     * customer is not loaded): a save that changes none of it leaves the search text as it is.
     * Most of a call's saves (a step's stage, attempts, an error) change none of it, and making it
     * again cost each of them the customer's row, two phone-number parses and the whole transcript.
     */
    static final class Inputs {
        private final String text;
        private final String summary;
        private final String reply;
        private final Customer customer;
        private final String counterpart;

        Inputs(CallLog call) {
            CallTranscript transcript = call.getTranscript();
            this.text = transcript == null ? null : transcript.getText();
            this.summary = transcript == null ? null : transcript.getSummary();
            this.reply = transcript == null ? null : transcript.getSuggestedReply();
            this.customer = call.getCustomer();
            this.counterpart = call.getCounterpartNumber();
        }

        boolean sameAs(Inputs other) {
            return customer == other.customer && Objects.equals(text, other.text)
                    && Objects.equals(summary, other.summary) && Objects.equals(reply, other.reply)
                    && Objects.equals(counterpart, other.counterpart);
        }
    }

    /** A search's words, normalised the same way. */
    static String normalize(String query) {
        return TranscriptFeatures.normalize(query == null ? "" : query).toLowerCase(Locale.ROOT);
    }

    private static void add(List<String> parts, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value);
        }
    }

    /** The number as stored (E.164) and as dialled at home, in digits ({@code 0545551234}, {@code 0123456789}). */
    private static void addNumber(List<String> parts, String e164) {
        if (e164 == null || e164.isBlank()) {
            return;
        }
        parts.add(e164);
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            String national = util.format(util.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
            parts.add(national.replaceAll("\\D", ""));
        } catch (NumberParseException e) {
            // not a number libphonenumber knows (a withheld caller's "Anonymous"): found as stored only
        }
    }
}
