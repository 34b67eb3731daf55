package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A link to anything and where it stands on the screen, as a transcript's one sentence ("קישור לכל הדירות שהראיתי
 * נמצא למטה", "El enlace a la agencia está aquí abajo", "Все ссылки внизу"): a video's pointer, whatever it points
 * to. What the link is to (the agency, the flats, a WhatsApp group) is a caller's word too, so the ending's reading
 * ({@link EndingScan}) weighed it as someone speaking; here only the link and the place are read, and what a caller
 * says of a link (he got it, asks for it, cannot open it, asks a question) excuses it. The place under the video is
 * read here too ({@link #namesThePlaceUnderTheVideo}), the video's own box where its link is or its audience is told
 * to write. The words are listed per language in {@code link-places.tsv}.
 */
final class LinkPlacements {

    private static final PhraseIndex<String> PHRASES = new PhraseIndex<>();
    private static final String LINK = "link";
    private static final String PLACE = "place";
    private static final String SPOKEN = "spoken";
    private static final String UNDER = "under";
    private static final String COMPOUND = "compound";
    private static final String WHOSE = "whose";
    private static final String AWAITS = "awaits";

    /** What a caller says of a link between it and the place: sending it, getting it, its not working. */
    private static final Set<String> SPOKEN_OF = new HashSet<>();

    /** What follows the place under the video when it is not the video's: another thing, or whose video it is. */
    private static final Set<String> NOT_THE_VIDEOS_OWN = new HashSet<>();

    /** The place under the video in every language, as listed. */
    private static final List<String> UNDER_THE_VIDEO = new ArrayList<>();

    static {
        for (String[] columns : WordLists.rows("link-places.tsv")) {
            if (SPOKEN.equals(columns[0])) {
                SPOKEN_OF.addAll(List.of(columns[2].toLowerCase(Locale.ROOT).split(" ")));
            } else if (COMPOUND.equals(columns[0]) || WHOSE.equals(columns[0])) {
                NOT_THE_VIDEOS_OWN.addAll(List.of(columns[2].toLowerCase(Locale.ROOT).split(" ")));
            } else {
                PHRASES.add(columns[0], columns[2].toLowerCase(Locale.ROOT));
                if (UNDER.equals(columns[0])) {
                    UNDER_THE_VIDEO.add(columns[2]);
                }
            }
        }
    }

    /** The place under the video in every language, for the ending's reading to weigh as an order's box. */
    static List<String> placesUnderTheVideo() {
        return List.copyOf(UNDER_THE_VIDEO);
    }

    /** How many words may open the sentence before the link ("Je vous mets le lien…"). */
    private static final int BEFORE_THE_LINK = 4;

    /** How far the place may stand after the link ("the link to every listing I showed you is | down below"). */
    private static final int PLACE_WITHIN = 9;

    /** How many words may follow the place: an ending's last word ("…внизу, друзья"), no caller's clause. */
    private static final int AFTER_THE_PLACE = 1;

    private LinkPlacements() {
    }

    /** Longer transcripts are calls that may name a link or a place. */
    private static final int MAX_WORDS = BEFORE_THE_LINK + PLACE_WITHIN + AFTER_THE_PLACE + 2;

    /**
     * Whether a short transcript places a link on the screen ({@link #onlyPlaceALink}) or names the place under the
     * video as the video's own ({@link #namesThePlaceUnderTheVideo}), its phrases looked up once for both.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() > MAX_WORDS) {
            return false;
        }
        List<PhraseIndex.Found<String>> found = PHRASES.in(words); // most transcripts: none, read no further
        return !found.isEmpty() && (onlyPlaceALink(t, found) || namesThePlaceUnderTheVideo(t, found));
    }

    /**
     * Whether the transcript is a link and its place on the screen, with only what it links to between them and
     * nothing a caller says: no question, number, day or hour, nothing asked or received.
     */
    private static boolean onlyPlaceALink(TranscriptFeatures t, List<PhraseIndex.Found<String>> found) {
        List<String> words = t.words();
        String text = t.transcript().text();
        if (found.stream().noneMatch(f -> f.meaning().equals(LINK)) || CallerWords.asksArrangesOrCounts(text, words)) {
            return false;
        }
        for (PhraseIndex.Found<String> link : found) {
            if (!link.meaning().equals(LINK) || link.from() > BEFORE_THE_LINK) {
                continue;
            }
            for (PhraseIndex.Found<String> place : found) {
                if (place.meaning().equals(PLACE) && place.from() > link.from()
                        && place.from() - link.from() <= PLACE_WITHIN && words.size() - place.to() <= AFTER_THE_PLACE) {
                    // between the two stands what the link is to ("our WhatsApp group", "the flats I showed")
                    BitSet read = new BitSet();
                    read.set(link.from(), place.to());
                    return !CallerWords.asksOrSawIn(PhraseIndex.outside(words, read))
                            && words.subList(link.to(), place.from()).stream().noneMatch(SPOKEN_OF::contains);
                }
            }
        }
        return false;
    }

    /** Whether any of the words names a link ("link", "קישור", "ссылка"). */
    static boolean namesALink(List<String> words) {
        return PHRASES.in(words).stream().anyMatch(f -> f.meaning().equals(LINK));
    }

    /**
     * Whether a short transcript names the place under the video as the video's own ("כל הפרטים בקישור שמתחת
     * לסרטון", "Жду ваших отзывов под этим роликом", "Dejen sus preguntas debajo del video"): a presenter's pointer
     * or ask, whatever else it names: a link there, or the audience told to write there (an order opening or closing
     * the transcript, or the presenter's "I await your…"). A caller reports what is written there ("The price under the
     * video is wrong"), tells what he did there ({@link SpeakersDeeds}) or says whose video it was ("under the video of
     * the flat"), and one who asks a question, names a number, a day or an hour, or asks for something or saw it, is a
     * caller.
     */
    private static boolean namesThePlaceUnderTheVideo(TranscriptFeatures t, List<PhraseIndex.Found<String>> found) {
        List<String> words = t.words();
        boolean named = found.stream().anyMatch(f -> f.meaning().equals(UNDER)
                && (f.to() == words.size() || !NOT_THE_VIDEOS_OWN.contains(words.get(f.to()))));
        if (!named) {
            return false; // most transcripts
        }
        // what is there: a link, or what the audience is told to write there; a caller reports what is written there
        // ("מתחת לסרטון כתוב שיש חניה", "The price under the video is wrong"), and is not told to write
        boolean pointsOrOrders = found.stream().anyMatch(f -> f.meaning().equals(LINK) || f.meaning().equals(AWAITS))
                || EndingWords.carries(words.get(0), Idea.TELL)
                || EndingWords.carries(words.get(words.size() - 1), Idea.TELL);
        return pointsOrOrders && !CallerWords.asksArrangesOrCounts(t.transcript().text(), words)
                && !CallerWords.asksOrSawIn(words) && SpeakersDeeds.toldIn(t).isEmpty();
    }
}
