package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A presenter's sign-off in the past tense with his name and the outlet he speaks for ("Until next time, this has been
 * Mark with Jerusalem Homes", "Esto fue Ana García para Radio Nacional"), or his name and then the show that has been
 * ("I'm Jenna, and this has been Cold Files"): a broadcast's last words. The ending's reading ({@link EndingScan})
 * knows a show by its programme's words ("News", "episode"), and an outlet's name is any words; here the name and the
 * outlet are known by their capitals, so only in the scripts that have them. A caller introduces himself in the
 * present, and one who says who it was goes on to what that person said, asks something or names a day. The
 * languages' words are in {@code sign-offs.tsv}.
 */
final class PresentersSignOff {

    /** A transcript this long at most is read whole; a longer one is read in pieces ({@link InventionsInARowRule}). */
    private static final int MAX_WORDS = 40;

    private static final Pattern SIGN_OFF;

    /** The first words of the past copulas: most transcripts hold none, and are not matched against the pattern. */
    private static final Set<String> OPENS = new HashSet<>();

    static {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String[] columns : WordLists.rows("sign-offs.tsv")) {
            List<String> phrases = kinds.computeIfAbsent(columns[0], k -> new ArrayList<>());
            if (columns[0].equals("for") || columns[0].equals("article") || columns[0].equals("within")) {
                phrases.addAll(List.of(WordLists.words(columns[2])));
            } else {
                phrases.add(columns[2]);
            }
        }
        for (String phrase : kinds.get("was")) {
            OPENS.add(TranscriptFeatures.wordsOf(phrase).get(0).toLowerCase(Locale.ROOT));
        }
        String was = anyOf(kinds.get("was"));
        String name = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
        String titleWord = "[\\p{Lu}\\d][\\p{L}\\d'’.&-]*";
        String quoted = "[«\"“„][^»\"”“]{1,40}[»\"”“]";
        String outlet = "(?:(?iu:" + anyOf(kinds.get("article")) + ")\\s+)?(?:" + quoted + "|" + titleWord + "(?:\\s+(?:"
                + anyOf(kinds.get("within")) + ")?\\s*" + titleWord + "){0,4})";
        String end = "\\s*[.!…]*\\s*(?:[,;–—-]\\s*(?<goodbye>[^.!?]+?)[.!…]*\\s*)?$";
        String byName = "(?iu:" + was + ")\\s+" + name + "\\s+(?iu:" + anyOf(kinds.get("for")) + ")\\s+" + outlet;
        String named = "(?iu:" + anyOf(kinds.get("intro")) + ")\\s+" + name + "\\s*,?\\s*(?:(?iu:"
                + anyOf(kinds.get("join")) + ")\\s+)?(?iu:" + was + ")\\s+" + outlet;
        SIGN_OFF = Pattern.compile("(?<=^|[\\s,.!;:])(?:" + byName + "|" + named + ")" + end);
    }

    private PresentersSignOff() {
    }

    /** The phrases as one alternation, each quoted and its spaces read as any run of spaces. */
    private static String anyOf(List<String> phrases) {
        List<String> quoted = new ArrayList<>();
        for (String phrase : phrases) {
            quoted.add(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        return String.join("|", quoted);
    }

    /**
     * Whether the transcript ends in a presenter's sign-off for an outlet, followed by a goodbye at most, with nothing a
     * caller says before it: no question, day or hour, nothing asked or received.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        String text = t.transcript().text();
        if (words.size() > MAX_WORDS || words.stream().noneMatch(w -> OPENS.contains(w.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        Matcher signOff = SIGN_OFF.matcher(text);
        // an outlet's number is its own ("Channel 12 News"): only a question, a day or an hour is a caller's here
        if (!signOff.find() || CallerWords.asksOrArranges(text, words)) {
            return false;
        }
        String goodbye = signOff.group("goodbye");
        return (goodbye == null || goodbyeOrWish(TranscriptFeatures.wordsOf(goodbye)))
                && !CallerWords.asksOrSawIn(TranscriptFeatures.wordsOf(text.substring(0, signOff.start())));
    }

    /**
     * Whether the words after the sign-off are a goodbye or a wish to the audience, or both ("…, keep exploring",
     * "…, stay curious and goodbye"): a wish's own words ({@link CareWishes}) are no caller's.
     */
    private static boolean goodbyeOrWish(List<String> words) {
        List<String> rest = PhraseIndex.outside(words, CareWishes.in(words));
        return rest.isEmpty() || ScheduledGoodbyes.allAGoodbyes(rest);
    }
}
