package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.List;

/**
 * Religious broadcasts close with a blessing said to their whole audience and open with the scripture they recite
 * ("May God bless you all and keep you safe, amen", "שבת שלום ומבורך לכל עם ישראל", "The Lord is my shepherd", "لا إله
 * إلا الله"), and Whisper writes both over silence as it writes a video's ending. A blessing at length is longer than
 * a formula of a few words ({@link #aFormula}), so it is told by what its words are: God's names, a blessing's
 * verbs, pleasantries, whom it is said to, little words, and nothing else. Scripture is told by its opening words, from
 * the published liturgies ({@code blessings.tsv}). Israel's callers bless and thank God in their own business ("God
 * bless you all, we signed the contract today"), which says what neither does.
 */
final class Blessings {

    private static final List<String[]> ROWS = WordLists.rows("blessings.tsv");
    private static final StemSet BLESS = StemSet.ofKind(ROWS, 0, "bless");
    private static final StemSet WHOM = StemSet.ofKind(ROWS, 0, "whom");
    private static final PhraseIndex<Boolean> SCRIPTURE = new PhraseIndex<>();

    static {
        for (String[] columns : ROWS) {
            if ("scripture".equals(columns[0])) {
                SCRIPTURE.add(Boolean.TRUE, columns[2]);
            }
        }
    }

    /** A formula alone is short: "תודה לאל מצאנו דירה…" goes on. */
    private static final int MAX_FORMULA_WORDS = 6;

    /** A blessing at length holds a wish, its goodbye and whom it is said to; a caller who goes on says more. */
    private static final int MAX_BLESSING_WORDS = 12;

    /** A recital's opening stands first, or after one word ("And in the name of the Father…", "So, our Father…"). */
    private static final int OPENS_WITHIN = 1;

    private Blessings() {
    }

    /**
     * Whether the transcript is a few words that call on God ({@link GodWords}: "Слава Богу", "توكلت على الله",
     * "Gracias a Dios"), asking nothing, naming no number, day, flat or call back, and not going on in ordinary words
     * of their own: the formula a sermon or a recital opens or closes with. "תודה לאל מצאנו דירה בחולון, תתקשר" is a
     * call.
     */
    static boolean aFormula(TranscriptFeatures t) {
        List<String> words = t.words();
        return words.size() <= MAX_FORMULA_WORDS && saysNothingACallAsks(t) && GodWords.anyIn(words)
                && !CallerWords.anyIn(words) && !MeetingDays.anyIn(words) && !CallerWords.speaksOn(t, GodWords::is);
    }

    /** No digit and no question: a caller's number or what he asks. */
    private static boolean saysNothingACallAsks(TranscriptFeatures t) {
        return t.digits() == 0 && !TranscriptFeatures.asksAQuestion(t.transcript().text());
    }

    /**
     * Whether the transcript is a blessing said at length: twelve words at most, God's name or a blessing's verb among
     * them, every word one of God's names, a blessing's, a pleasantry, the audience or whom it is blessed with, or a
     * little word; no digit and no question.
     */
    static boolean atLength(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() < 2 || words.size() > MAX_BLESSING_WORDS || !saysNothingACallAsks(t)) {
            return false;
        }
        boolean blessed = false;
        for (String word : words) {
            boolean calledOn = GodWords.is(word) || BLESS.has(word);
            blessed |= calledOn;
            if (!calledOn && !WHOM.has(word) && !Pleasantries.isOne(word)
                    && !EndingWords.carries(word, Idea.AUDIENCE)
                    && word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD) {
                return false;
            }
        }
        return blessed;
    }

    /**
     * Whether the transcript opens with scripture a broadcast recites ({@code blessings.tsv}) that ends its clause
     * there or goes on only in a blessing's words ("…Святого Духа. Аминь."), saying nothing a call says: no caller's
     * word, digit or question. A joke goes on in its own words after it ("O Senhor é o meu pastor e fica latindo…").
     */
    static boolean recited(TranscriptFeatures t) {
        List<String> words = t.words();
        for (PhraseIndex.Found<Boolean> found : SCRIPTURE.startingWithin(words, OPENS_WITHIN + 1)) {
            if (found.from() <= OPENS_WITHIN) {
                boolean pauses = Broadcasts.clauseEnd(t.text(), found.to() - 1) == found.to()
                        || words.subList(found.to(), words.size()).stream().allMatch(Blessings::blessingsWord);
                return pauses && saysNothingACallAsks(t) && !CallerWords.anyIn(words);
            }
        }
        return false;
    }

    /** Whether the word is God's, a blessing's or whom it is said to. */
    private static boolean blessingsWord(String word) {
        return GodWords.is(word) || BLESS.has(word) || WHOM.has(word);
    }
}
