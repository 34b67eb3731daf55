package io.callpipeline.crm.call;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.callpipeline.core.gibberish.TranscriptFeatures;
import io.callpipeline.crm.customer.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
