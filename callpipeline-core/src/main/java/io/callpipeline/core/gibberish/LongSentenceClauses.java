package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How {@link InventionsInARowRule} cuts a sentence longer than a short rule reads at its commas: a clause with none of
 * an ending's ideas goes with the next, a condition on the video with what it asks ("If this video helped you, | like
 * and share it"), a goodbye with the clause before it. Kept apart from the rule, which judges the pieces.
 */
final class LongSentenceClauses {

    /** A clause longer than this is more than a short rule reads ({@link InventionsInARowRule#MAX_PIECE_WORDS}). */
    private static final int MAX_WORDS = InventionsInARowRule.MAX_PIECE_WORDS;

    private LongSentenceClauses() {
    }

    /** The words a condition opens with ("if", "אם", "если", "إذا", "si", "wenn"), in the identifier's languages. */
    private static final Set<String> CONDITIONS = Set.of("if", "אם", "ואם", "если", "якщо", "إذا", "اذا", "لو", "si",
            "wenn", "falls", "jeśli", "jeżeli", "eğer", "als", "dacă", "αν", "se");

    /**
     * Whether a clause opens with a condition ({@link #CONDITIONS}): Portuguese's and Italian's "se" is "if" ("Se você
     * curtiu esse vídeo"), but before a subscription it is the verb's own ("se inscreve no canal", subscribe).
     */
    static boolean opensACondition(List<String> words) {
        return !words.isEmpty() && CONDITIONS.contains(words.get(0)) && !(words.get(0).equals("se")
                && words.size() > 1 && EndingWords.carries(words.get(1), EndingWords.Idea.ENGAGE));
    }

    /**
     * A long sentence cut at its commas, a clause that holds none of an ending's ideas nor a wrap-up kept with the
     * next ("and if you found it useful, smash that like button") or, the last, with the one before ("see you next
     * time, bye bye"): a condition or a goodbye belongs to the clause it goes with.
     */
    static List<String> of(String sentence) {
        List<String> clauses = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        String condition = null; // a condition with an ending's idea, waiting for what it asks
        String lastCondition = null; // the condition the last clause kept, if it kept one
        for (String clause : InventionsInARowRule.CLAUSES.split(sentence)) {
            List<String> words = TranscriptFeatures.wordsOf(clause);
            if (condition != null && TranscriptFeatures.wordsOf(condition + " " + clause).size() > MAX_WORDS) {
                clauses.add(condition); // kept together, the two would be longer than a short rule reads
                pending.setLength(0);
                condition = null;
            }
            String kept = condition;
            condition = null;
            pending.append(pending.isEmpty() ? "" : " ").append(clause.strip());
            // "that's pretty much it from me this week" holds no idea, but is a wrap-up: a piece of its own; "if you
            // found this useful," is a condition, kept with what it asks whatever ideas it holds
            if (EndingWords.anyIn(words) || !WrapUps.in(words).isEmpty()) {
                if (opensACondition(words)) {
                    condition = pending.toString();
                    continue;
                }
                clauses.add(pending.toString());
                lastCondition = kept;
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            if (clauses.isEmpty()) {
                clauses.add(pending.toString());
                return clauses;
            }
            String last = clauses.get(clauses.size() - 1);
            String joined = last + " " + pending;
            // "Если это видео было полезно, | поставьте лайк и поделитесь им с другом, который ищет квартиру": the
            // condition goes alone where the tail would make its clause longer than a short rule reads
            boolean tooLong = TranscriptFeatures.wordsOf(joined).size() > MAX_WORDS;
            if (lastCondition != null && last.startsWith(lastCondition) && tooLong) {
                clauses.set(clauses.size() - 1, lastCondition);
                clauses.add(last.substring(lastCondition.length()).strip() + " " + pending);
            } else if (tooLong && InventionPieces.signsOff(TranscriptFeatures.wordsOf(pending.toString()))) {
                clauses.add(pending.toString()); // "…everything I wanted to walk you through today, | so take care"
            } else {
                clauses.set(clauses.size() - 1, joined);
            }
        }
        return clauses;
    }
}
