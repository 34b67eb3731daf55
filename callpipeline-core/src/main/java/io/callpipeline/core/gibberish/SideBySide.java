package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.PhraseIndex.Found;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two ideas that end something only side by side: a trailer's "soon" and its cinemas ("Coming soon to cinemas",
 * "Скоро в кинотеатрах"), a match's goal and its score ("Goal! Two nil!"). Apart, or inside a longer sentence, they are a
 * caller's ("בקרוב בקולנוע הסמוך יפתחו מסעדה": a cinema near the flat opening soon), so {@link EndingScan} forgets them
 * unless they are said together.
 */
final class SideBySide {

    /** Little words that may stand between the first and the second ("in a", "dans un", "في"). */
    private static final int MAX_BETWEEN_THE_PAIR = 2;
    private static final int LITTLE_WORD = 4;

    private SideBySide() {
    }

    /**
     * Whether a phrase of one ({@code first} or {@code second}) ends where a phrase of the other begins, or {@code
     * first}'s at most {@value #MAX_BETWEEN_THE_PAIR} little words before {@code second}'s ("Bientôt dans un cinéma",
     * "قريبا في سينما"; never the reverse: "הילדים בקולנוע, נבוא בקרוב" is a caller's), and the two are half of the
     * words or more: a trailer's line is all trailer.
     */
    static boolean said(Map<Integer, List<Found<Idea>>> phrases, Idea first, Idea second, List<String> words) {
        List<Found<Idea>> said = phrases.values().stream().flatMap(List::stream).distinct()
                .filter(f -> f.meaning() == first || f.meaning() == second).toList();
        for (Found<Idea> a : said) {
            for (Found<Idea> b : said) {
                int between = a.meaning() == first ? MAX_BETWEEN_THE_PAIR : 0;
                if (a.meaning() != b.meaning() && b.from() >= a.to() && b.from() - a.to() <= between
                        && little(words, a.to(), b.from()) && 2 * (b.to() - a.from()) >= words.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Forgets from {@code found} two ideas that end something only side by side ({@code first} and {@code second}: a
     * trailer's soon and cinemas, a match's goal and score) when they are not said so ({@link #said}).
     */
    static void forgetApart(Map<Idea, Set<String>> found, Map<Integer, List<Found<Idea>>> phrases, Idea first,
            Idea second, List<String> words) {
        if (found.containsKey(first) && found.containsKey(second) && !said(phrases, first, second, words)) {
            found.remove(first);
            found.remove(second);
        }
    }

    private static boolean little(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).codePointCount(0, words.get(i).length()) > LITTLE_WORD) {
                return false;
            }
        }
        return true;
    }
}
