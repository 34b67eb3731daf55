package io.callpipeline.crm.reply;

import com.fasterxml.jackson.annotation.JsonValue;
/** How a reply reaches the caller: a text message, or WhatsApp (Twilio's {@code whatsapp:} addresses). */
public enum ReplyChannel {
    SMS(""),
    WHATSAPP("whatsapp:");

    private final String prefix;

    ReplyChannel(String prefix) {
        this.prefix = prefix;
    }

    /** A phone number (E.164) as Twilio addresses it on this channel. */
    public String address(String number) {
        return number.startsWith(prefix) ? number : prefix + number;
    }

    /** The channel's name as the API takes and writes it: {@code sms} or {@code whatsapp}. */
    @JsonValue
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
