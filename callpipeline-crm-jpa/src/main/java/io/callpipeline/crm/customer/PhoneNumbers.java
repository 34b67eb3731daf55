package io.callpipeline.crm.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per phone number, E.164, so that {@code 054-1234567}, {@code 0541234567},
 * {@code +972541234567} and {@code 972541234567} are one customer (libphonenumber does the
 * parsing; numbers without a country code are read in the default region; a number of the right
 * length counts even outside the ranges libphonenumber knows, as new ranges reach callers before its
 * metadata does). Withheld callers
 * ({@code Anonymous}, {@code Restricted}, Twilio's {@code +266696687}, empty) have no number at all.
 */
public final class PhoneNumbers {

    private static final Set<String> WITHHELD = Set.of("", "anonymous", "restricted", "private", "unknown",
            "unavailable", "+266696687", "266696687");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without a country code, e.g. {@code IL} */
    public PhoneNumbers(String defaultRegion) {
        if (!util.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("Not a region libphonenumber knows: " + defaultRegion);
        }
        this.defaultRegion = defaultRegion;
    }

    /** Whether the caller hid the number (or the network did not pass it on). */
    public boolean isWithheld(String raw) {
        return raw == null || WITHHELD.contains(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The number in E.164, or empty when withheld or not a valid phone number. */
    public Optional<String> toE164(String raw) {
        if (isWithheld(raw)) {
            return Optional.empty();
        }
        String number = raw.strip();
        return parse(number, true).or(() -> withPlus(number)).or(() -> parse(number, false))
                .map(n -> util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /**
     * @throws InvalidPhoneNumberException when it is not a valid number
     */
    public String requireE164(String raw) {
        return toE164(raw).orElseThrow(() -> new InvalidPhoneNumberException(raw));
    }

    /**
     * @param strict whether the number must be in a range known to be allocated; when not, the right
     *               length is enough (new ranges reach callers before libphonenumber's metadata does)
     */
    private Optional<PhoneNumber> parse(String raw, boolean strict) {
        try {
            PhoneNumber number = util.parse(raw, defaultRegion);
            boolean ok = strict ? util.isValidNumber(number) : util.isPossibleNumber(number);
            return ok ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 972541234567}: an international number that lost its {@code +}. */
    private Optional<PhoneNumber> withPlus(String raw) {
        String digits = raw.replaceAll("[\\s\\-().]", "");
        return digits.matches("[1-9]\\d{7,14}") ? parse("+" + digits, true) : Optional.empty();
    }
}
