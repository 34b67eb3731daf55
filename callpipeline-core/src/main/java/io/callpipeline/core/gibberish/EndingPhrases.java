package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import java.util.List;
import java.util.Locale;

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

    static {
        for (String[] columns : WordLists.rows("ending-phrases.tsv")) {
            PHRASES.add(Idea.valueOf(columns[0].toUpperCase(Locale.ROOT)), columns[2]);
        }
        // a stem of a script written without spaces that is words of its own there is read as they are, word by word
        EndingWords.severalWords().forEach(stem -> PHRASES.add(stem.idea(), stem.text()));
    }

    private EndingPhrases() {
    }

    /** The phrases in the words, each with its idea and where it stands; an empty list for most transcripts. */
    static List<PhraseIndex.Found<Idea>> in(List<String> words) {
        return PHRASES.in(words);
    }
}
