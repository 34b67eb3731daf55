package io.callpipeline.core.twilio;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name a Twilio request is observed under: its resource path inside the account, without the SIDs, so that
 * every recording's fetch is one {@code recordings} and every media download one {@code recordings/media}, and a
 * metric made of the name stays small.
 */
final class TwilioOperation {

    /** What the media downloader asks for, whichever host it is redirected to. */
    static final String MEDIA = "recordings/media";

    private TwilioOperation() {
    }

    /** The same for a whole URL; one that cannot be read is {@code other}. */
    static String ofUrl(String url) {
        try {
            return of(URI.create(url).getRawPath());
        } catch (IllegalArgumentException | NullPointerException e) {
            return "other";
        }
    }

    /**
     * {@code /2010-04-01/Accounts/AC…/Recordings/RE….json} → {@code recordings};
     * {@code …/Recordings/RE….wav} → {@code recordings/media}; {@code …/Messages.json} → {@code messages}; a path
     * outside an account → {@code other}.
     */
    static String of(String path) {
        if (path == null) {
            return "other";
        }
        int accounts = path.indexOf("/Accounts/");
        if (accounts < 0) {
            return "other";
        }
        String[] segments = path.substring(accounts + "/Accounts/".length()).split("/");
        List<String> names = new ArrayList<>();
        boolean media = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            int dot = segment.lastIndexOf('.');
            String extension = dot < 0 ? "" : segment.substring(dot + 1).toLowerCase(Locale.ROOT);
            String name = dot < 0 ? segment : segment.substring(0, dot);
            media |= extension.equals("wav") || extension.equals("mp3");
            if (!name.isEmpty() && !isSid(name)) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            return "accounts";
        }
        return String.join("/", names) + (media ? "/media" : "");
    }

    /** Two capital letters and 32 hexadecimal digits: a SID of any kind. */
    private static boolean isSid(String segment) {
        return segment.length() == 34 && Character.isUpperCase(segment.charAt(0))
                && Character.isUpperCase(segment.charAt(1)) && segment.substring(2).chars().allMatch(c ->
                        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }
}
