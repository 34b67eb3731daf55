package io.callpipeline.core.gibberish;

import java.util.regex.Pattern;

/**
 * A hashtag ("#נדלן", "#realestate") or a handle ("@nadlan_tlv", "@dana.realestate"): names the web writes, as it
 * writes an address, at the foot of a post or a video's description, which Whisper copies over silence ("#недвижимость
 * #израиль", "Síguenos en @inmobiliaria.herzliya"). Read as an address, not as words: its pieces ("inmobiliaria",
 * "haifa", "דירות") are no caller's words about a flat. A number after a sign ("apartment #5") is a number, and an
 * e-mail's "@" stands inside a word, so neither is one.
 */
final class Tags {

    /** A "#" or an "@" that opens a word (not inside an e-mail), then a letter, then letters, digits, "_" or ".". */
    static final String PATTERN = "(?<![\\p{L}\\p{N}._%+-])[#@][\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}\\p{N}_]+)*";

    private static final Pattern TAG = Pattern.compile(PATTERN);

    private Tags() {
    }

    /** The text with its hashtags and handles blanked. */
    static String blanked(String text) {
        return text.indexOf('#') < 0 && text.indexOf('@') < 0 ? text : TAG.matcher(text).replaceAll(" ");
    }
}
