package io.callpipeline.spring.webhook;

import java.util.Map;
import java.util.Set;

/**
 * Twilio's webhook connection overrides: the URL fragment ({@code #ct=…&rt=…&rc=…}) that makes
 * Twilio wait, and retry, the way we ask. Checked when the app starts against the limits Twilio
 * documents, because Twilio ignores a fragment it cannot read and a mistake would silently turn
 * its retries off.
 */
public final class ConnectionOverrides {

    /** Numeric overrides and their allowed ranges: timeouts in ms, the retry count. */
    private static final Map<String, int[]> RANGES = Map.of(
            "ct", new int[] {100, 10_000},
            "rt", new int[] {100, 15_000},
            "tt", new int[] {100, 15_000},
            "rc", new int[] {0, 5});
    private static final Set<String> RETRY_POLICIES = Set.of("ct", "rt", "4xx", "5xx", "all");
    private static final Set<String> OTHER_KEYS = Set.of("rp", "e", "sni");

    private ConnectionOverrides() {
    }

    /**
     * @param fragment the overrides without the {@code #}; empty or {@code null} for none
     * @return the fragment, stripped
     * @throws IllegalArgumentException naming the first override that Twilio would not accept
     */
    public static String check(String fragment) {
        String text = fragment == null ? "" : fragment.strip();
        if (text.isEmpty()) {
            return text;
        }
        for (String pair : text.split("&")) {
            String[] kv = pair.split("=", 2);
            String key = kv[0];
            String value = kv.length == 2 ? kv[1] : "";
            if (value.isEmpty() || !(RANGES.containsKey(key) || OTHER_KEYS.contains(key))) {
                throw new IllegalArgumentException("'" + pair + "' is not a Twilio connection override (ct, rt, tt, rc,"
                        + " rp, e or sni, each with a value)");
            }
            int[] range = RANGES.get(key);
            if (range != null && !inRange(value, range)) {
                throw new IllegalArgumentException("'" + pair + "': " + key + " must be a whole number from " + range[0]
                        + " to " + range[1]);
            }
            if (key.equals("rp") && !RETRY_POLICIES.containsAll(Set.of(value.split(",")))) {
                throw new IllegalArgumentException("'" + pair + "': rp takes ct, rt, 4xx, 5xx or all");
            }
        }
        return text;
    }

    private static boolean inRange(String value, int[] range) {
        try {
            int number = Integer.parseInt(value);
            return number >= range[0] && number <= range[1];
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
