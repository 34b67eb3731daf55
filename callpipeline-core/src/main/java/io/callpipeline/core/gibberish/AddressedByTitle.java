package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person spoken to by title and name ("…, have a nice evening, Mr. Levi", "זהו ממני, ערב טוב, מר לוי", "Das war's von
 * mir, schönen Abend noch, Herr Levi"): the caller's last words to the agent, which a video's wrap-up and wish share
 * word for word. A presenter names himself with no title, and speaks to his audience, not to one person; so a short
 * transcript whose last clause is such a one is no video's ending. Titles per language are in {@code titles.tsv}.
 */
final class AddressedByTitle {

    private static final Set<String> TITLES = WordLists.lookupForms("titles.tsv");

    /** The vocative particles a title may follow ("يا أستاذ سامي", "dear Mr. Levi"). */
    private static final Set<String> BEFORE_TITLE = Set.of("يا", "dear", "יקר", "היקר", "уважаемый", "уважаемая",
            "cher", "chère", "querido", "querida", "lieber", "liebe");

    /** English's abbreviated titles, whose dot ends no clause ("Mr. Levi"). */
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)\\b(mr|mrs|ms|dr)\\.");

    /** A name after the title is a word or two. */
    private static final int MAX_NAME_WORDS = 2;

    private AddressedByTitle() {
    }

    /**
     * Whether the transcript's last clause is a title and a name alone: someone spoken to as the call ends. Spoken to
     * first ("Mr. Levi, thanks for watching…"), he may be a video's guest.
     */
    static boolean in(TranscriptFeatures t) {
        if (t.words().stream().noneMatch(AddressedByTitle::isATitle)) {
            return false; // most transcripts: no title said
        }
        String[] clauses = Broadcasts.CLAUSES.split(ABBREVIATED.matcher(t.transcript().text()).replaceAll("$1"));
        for (int last = clauses.length - 1; last >= 0; last--) {
            if (!clauses[last].isBlank()) {
                return titleAndName(clauses[last]);
            }
        }
        return false;
    }

    private static boolean titleAndName(String clause) {
        List<String> words = TranscriptFeatures.wordsOf(clause);
        String[] written = clause.strip().split("\\s+");
        int title = !words.isEmpty() && BEFORE_TITLE.contains(words.get(0)) ? 1 : 0;
        int names = words.size() - title - 1;
        if (names < 1 || names > MAX_NAME_WORDS || !isATitle(words.get(title))
                || written.length != words.size()) {
            return false;
        }
        for (int i = title + 1; i < written.length; i++) {
            int first = written[i].codePointAt(0);
            if (Character.isLowerCase(first)) {
                return false; // "Mr. Levi" is a name; "sir, thanks" goes on in little words
            }
        }
        return true;
    }

    private static boolean isATitle(String word) {
        return TITLES.contains(NumberWords.key(word));
    }
}
