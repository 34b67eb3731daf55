package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A thanks for company is a presenter's to his audience ("thanks for staying with me till the end") and a caller's to
 * his agent ("thanks for sticking with me through all the paperwork", "что были со мной до конца сделки"): what tells
 * them apart is what the company lasted through or to, which a caller names and a presenter does not, or names as the
 * video. Read by {@link VideoOutroRule} where a thanks and a watching or company are found.
 */
final class CompanyThanked {

    private CompanyThanked() {
    }

    /**
     * The words that say what a company lasted through ("through", "during", "לאורך", "во время", "pendant", "طوال"):
     * a presenter's audience stayed till the end or joined him on the tour, a caller's agent was with him through the
     * paperwork.
     */
    private static final Set<String> THROUGH = Set.of("through", "throughout", "during", "לאורך", "במהלך", "время",
            "течение", "протяжении", "протягом", "час", "pendant", "durant", "durante", "während", "wahrend", "طوال",
            "خلال", "طول");

    /**
     * Whether the words after an end ({@link #END_OF}) name what ended: their first word longer than a little word
     * ("of the deal", "de la vente") is an ordinary one, and none is a video's.
     */
    private static boolean endOfSomethingElse(List<String> named, Predicate<String> phraseWord) {
        return named.stream().noneMatch(w -> EndingWords.carries(w, Idea.VIDEO))
                && named.stream().filter(w -> w.codePointCount(0, w.length()) > EndingScan.SMALL_WORD).findFirst()
                        .filter(w -> !phraseWord.test(w)).isPresent();
    }

    /**
     * The end a company lasted to, which the words after it may name ("до конца сделки", "until the end of the deal",
     * "עד סוף העסקה"): a video's is its own ("до конца этого видео") or none ("до конца, вы лучшие").
     */
    private static final Set<String> END_OF = Set.of("конца", "кінця", "end", "סוף", "النهاية", "نهاية", "fin",
            "final");

    /**
     * Whether the company thanked for lasted, in its own clause, through what the words then name ("thanks for
     * sticking with me through all the paperwork", "תודה שהייתם איתנו לאורך כל תהליך המכירה", "что были с нами во
     * время всего ремонта"): a caller's thanks to his agent. A presenter's goes on to the end, today or the tour ("till
     * the end", "עד הסוף", "on this penthouse tour").
     */
    static boolean lastedThroughSomethingElse(TranscriptFeatures t, Predicate<String> phraseWord) {
        for (String clause : Broadcasts.CLAUSES.split(t.transcript().text())) {
            List<String> words = TranscriptFeatures.wordsOf(clause);
            int company = -1;
            for (int i = 0; i < words.size(); i++) {
                company = EndingWords.carries(words.get(i), Idea.WATCH) ? i : company;
            }
            for (PhraseIndex.Found<Idea> phrase : EndingPhrases.in(words)) {
                company = phrase.meaning() == Idea.WATCH ? Math.max(company, phrase.to() - 1) : company;
            }
            for (int i = company + 1; company >= 0 && i + 1 < words.size(); i++) {
                List<String> named = words.subList(i + 1, words.size());
                if (THROUGH.contains(words.get(i)) && named.stream().anyMatch(w -> !phraseWord.test(w))
                        // "что были со мной до конца сделки": to the end of what the words name, not a video's
                        || END_OF.contains(words.get(i)) && endOfSomethingElse(named, phraseWord)) {
                    return true;
                }
            }
        }
        return false;
    }
}
