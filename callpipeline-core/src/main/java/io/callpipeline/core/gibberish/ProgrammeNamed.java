package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * A programme named to its audience as it ends, "You've been watching…" ("צפיתם בתוכנית בית חלומות", "Вы смотрели
 * программу «Квартирный вопрос»", "Vous venez de regarder Maison à vendre"): the ending's reading ({@link EndingScan})
 * knows a station's ident in the present ("You're listening to…") and reads a show's title after the past as a
 * caller's own words. A caller tells the agent he has been watching a flat, the prices or the market, in lower case,
 * and asks or names a number. The words are in {@code programmes-named.tsv}.
 */
final class ProgrammeNamed {

    /**
     * The telling words among the transcript's first two ("And you've been watching…"), at most five long ("вы только
     * что посмотрели"), and the programme within three words after them ("צפיתם בפרק השלישי").
     */
    private static final OpeningThenWord READ = new OpeningThenWord("programmes-named.tsv",
            List.of("named", "programme"), 2, 5, 3);

    /** A transcript this long at most: a programme's last words, not a talk. */
    private static final int MAX_WORDS = 16;

    private ProgrammeNamed() {
    }

    /**
     * Whether the short transcript opens on a programme named to its audience, asking nothing and counting nothing
     * after it ("Sie sahen…" is the audience's watching, not a caller's "I saw", and "die Sendung" sends nothing).
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        int after = words.size() <= MAX_WORDS ? READ.opens(words, t::writtenCapitalised) : -1;
        return after >= 0 && !CallerWords.asksOrCounts(t.transcript().text())
                && !CallerWords.asksOrSawIn(READ.besidesTheShape(words.subList(after, words.size())));
    }
}
