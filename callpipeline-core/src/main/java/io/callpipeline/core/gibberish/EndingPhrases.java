package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.PhraseIndex.Found;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ending's ideas said in phrases whose words are every caller's one by one, from {@code ending-phrases.tsv}: the
 * audience thanked for its company ("кто был с нами", "שהיה איתנו", "كان معنا"), a presenter signing off ("كان معكم",
 * "איתכם היה", "les habló"), each one of the audience ("every single one of you"), the viewer who has not subscribed
 * yet ("if you haven't", "אם עוד לא") and told it is time; and the stems of {@code video-endings.tsv} in scripts
 * written without spaces that are several words ("กดติดตาม", "别忘了"). {@link VideoOutroRule} reads a phrase's idea as it
 * reads a word's ({@link EndingWords}), so a phrase alone is one idea and ends nothing.
 */
final class EndingPhrases {

    private static final PhraseIndex<Idea> PHRASES = new PhraseIndex<>();

    /** The audience's phrases that are a presenter's sign-off ("كانت معكم", "с вами была", "les habló"). */
    private static final Set<String> PRESENTERS = new HashSet<>();

    /** The place under the video, as the phrases found name it ("под видео"): a box whose word is the video's. */
    private static final Set<String> UNDER_THE_VIDEO = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("ending-phrases.tsv")) {
            PHRASES.add(Idea.valueOf(columns[0].toUpperCase(Locale.ROOT)), columns[2]);
            if (columns.length > 3 && columns[3].equals("presenter")) {
                PRESENTERS.add(columns[2]);
            }
        }
        // the place under the video is its box, as its comments are ("כתבו לי מתחת לסרטון")
        for (String place : LinkPlacements.placesUnderTheVideo()) {
            PHRASES.add(Idea.ENGAGE, place);
            UNDER_THE_VIDEO.add(PhraseIndex.textOf(place));
        }
        // a stem of a script written without spaces that is words of its own there is read as they are, word by word
        EndingWords.severalWords().forEach(stem -> PHRASES.add(stem.idea(), stem.text()));
    }

    private EndingPhrases() {
    }

    /**
     * Whether one of the phrases a word stands in is the place under the video ("под видео", "מתחת לסרטון"): a box
     * its video word names, no video beside it.
     */
    static boolean underTheVideo(List<Found<Idea>> said) {
        for (Found<Idea> phrase : said) {
            if (phrase.meaning() == Idea.ENGAGE && UNDER_THE_VIDEO.contains(phrase.phrase())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a presenter signed off among the ideas found ("С вами была Марина…"), by the audience's phrase. */
    static boolean presenterSignedOff(Map<Idea, Set<String>> found) {
        return found.getOrDefault(Idea.AUDIENCE, Set.of()).stream().anyMatch(PRESENTERS::contains);
    }

    /** The phrases in the words, each with its idea and where it stands; an empty list for most transcripts. */
    static List<PhraseIndex.Found<Idea>> in(List<String> words) {
        return PHRASES.in(words);
    }

    /**
     * The phrases in the words and the {@code extra} ones found elsewhere ({@link Milestones}), by the words they stand
     * on, for {@link EndingScan} to read with each word; empty for most transcripts.
     */
    static Map<Integer, List<Found<Idea>>> byWord(List<String> words, List<Found<Idea>> extra) {
        List<Found<Idea>> phrases = in(words);
        if (!extra.isEmpty()) {
            phrases = new ArrayList<>(phrases);
            phrases.addAll(extra);
        }
        if (phrases.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<Found<Idea>>> byWord = new HashMap<>();
        for (Found<Idea> phrase : phrases) {
            for (int i = phrase.from(); i < phrase.to(); i++) {
                byWord.computeIfAbsent(i, at -> new ArrayList<>()).add(phrase);
            }
        }
        return byWord;
    }
}
