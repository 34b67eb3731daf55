package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Locale;

/**
 * Whoever in the audience wants something, told where to reach the presenter on a social network ("מי שרוצה ייעוץ
 * אישי, מוזמן לשלוח לי הודעה באינסטגרם", "Quien quiera una asesoría personal, que me escriba por Instagram"): a
 * presenter speaks to whoever watches. The order to message him is what a caller asks too ("send me"), so only the
 * flat, a question, a number, a day or an hour excuses it; WhatsApp and the phone, where a landlord sends his flat's
 * viewers, are no network here. The words are in {@code whoever-wants.tsv}.
 */
final class WhoeverWants {

    private static final PhraseIndex<String> PHRASES = new PhraseIndex<>();
    private static final String WHOEVER = "whoever";
    private static final String NETWORK = "network";

    static {
        for (String[] columns : WordLists.rows("whoever-wants.tsv")) {
            if (NETWORK.equals(columns[0])) {
                for (String word : WordLists.words(columns[2])) {
                    PHRASES.add(NETWORK, word.toLowerCase(Locale.ROOT));
                }
            } else {
                PHRASES.add(WHOEVER, columns[2].toLowerCase(Locale.ROOT));
            }
        }
    }

    /** How far into the transcript "whoever wants" starts ("So, anyone who wants…"). */
    private static final int WHOEVER_WITHIN = 3;

    private WhoeverWants() {
    }

    /**
     * Whether the transcript opens on whoever wants something and names a network after it, with no question, number,
     * day or hour and nothing of the flat.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words(); // a short transcript's: VideoOutroRule asks of those it reads whole
        List<PhraseIndex.Found<String>> found = PHRASES.in(words);
        int whoever = found.stream().filter(f -> f.meaning().equals(WHOEVER) && f.from() < WHOEVER_WITHIN)
                .mapToInt(PhraseIndex.Found::to).findFirst().orElse(-1);
        if (whoever < 0 || found.stream().noneMatch(f -> f.meaning().equals(NETWORK) && f.from() >= whoever)) {
            return false;
        }
        String text = t.transcript().text();
        return !CallerWords.asksArrangesOrCounts(text, words) && !CallerWords.topicIn(words);
    }
}
