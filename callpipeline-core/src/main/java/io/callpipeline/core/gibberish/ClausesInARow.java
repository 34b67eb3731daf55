package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A short invention of one sentence is short ones joined by commas: "Until next time, this has been Travels with Tom,
 * keep exploring", "Устраивайтесь поудобнее, сегодня будет интересно, поехали", "יאללה חבר'ה, זהו לסטרים של היום,
 * ביי". Each clause is what a rule of short inventions judges alone, but the whole, read at once, holds a word no
 * reading of it expects, so it passed. {@link InventionsInARowRule} cuts sentences longer than a short rule reads at
 * their commas; this reads a short sentence's clauses the same way, asked only for one with an ending's words and a
 * clause mark, which no rule judged whole.
 *
 * <p>A caller's last words are clauses too: "Gracias por todo, nos vemos la próxima vez, chao" is a thanks, a goodbye
 * till next time and a "bye", each of which a short rule may judge alone. So a pleasantry or a sign-off (the pieces
 * {@link InventionPieces} sets aside) counts only beside an ending that is no pleasantry ("this has been Travels with
 * Tom", "זהו לסטרים של היום"), a clause judged as nothing said (a hum, an "okay") counts as nothing, and one
 * clause of the caller's own, which no short rule judges and nothing sets aside, makes the whole a call.
 */
final class ClausesInARow {

    private ClausesInARow() {
    }

    /**
     * The verdict of the longest ending among the clauses when at least two are judged (one of them an ending that is
     * no pleasantry) and every other clause is set aside or leans to them, no more leaning than judged.
     *
     * @param clauses the sentence cut at its clause marks
     * @param language the transcript's language, which each clause is read in
     * @param judge the rules of short inventions, asked for one clause
     */
    static Optional<GibberishVerdict> judged(String[] clauses, String language,
            Function<String, Optional<GibberishVerdict>> judge) {
        if (clauses.length < InventionsInARowRule.MIN_INVENTED_PIECES) {
            return Optional.empty();
        }
        int invented = 0;
        int leaning = 0;
        GibberishVerdict longest = null;
        int longestWords = 0;
        for (String clause : clauses) {
            List<String> words = TranscriptFeatures.wordsOf(clause);
            if (words.isEmpty()) {
                continue;
            }
            Optional<GibberishVerdict> verdict = judge.apply(clause.strip());
            boolean pleasantry = InventionPieces.setAside(clause, words) || InventionPieces.signsOff(words);
            if (verdict.isPresent() && !NoContentRule.CODE.equals(verdict.get().reasonCode())) {
                invented++;
                if (!pleasantry && VideoOutroRule.CODE.equals(verdict.get().reasonCode())
                        && words.size() > longestWords) {
                    longest = verdict.get();
                    longestWords = words.size();
                }
            } else if (!pleasantry && verdict.isEmpty()) {
                if (!InventionPieces.leans(clause, words, language)) {
                    return Optional.empty(); // the caller's own clause: a call
                }
                leaning++;
            }
        }
        return longest != null && invented >= InventionsInARowRule.MIN_INVENTED_PIECES && invented >= leaning
                ? Optional.of(longest) : Optional.empty();
    }
}
