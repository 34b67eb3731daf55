package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Whether a short transcript {@link VideoOutroRule} found made of an ending's words is all ending, sentence by
 * sentence: a video's ending says nothing else, a caller's goodbye goes on about his own business in a sentence of its
 * own.
 */
final class EndingSentences {

    private EndingSentences() {
    }

    /**
     * A video's ending is all ending: a sentence of a few words that holds none of the ideas, and is more than
     * pleasantries ("Schönen Abend noch" ends a bulletin), a greeting asked ("Hey guys, what's up?") or a milestone
     * ("¡Ya somos diez mil!"), is the caller's own
     * ("שלום, אני מחפש דירה בחיפה. תודה שצפיתם!" is a call with an invented tail, which the guard marks as a segment
     * instead).
     */
    static boolean everyOneEnds(String text) {
        Matcher end = VideoOutroRule.SENTENCES.matcher(text);
        int start = 0;
        while (start < text.length()) {
            boolean ends = end.find();
            String sentence = text.substring(start, ends ? end.start() : text.length());
            // "Questions about your lease? Drop them in the comments": the audience's question, answered there
            boolean askedOfTheAudience = ends && TranscriptFeatures.asksAQuestion(end.group())
                    && CallersOwnWords.answeredInTheComments(text, end.end());
            start = ends ? end.end() : text.length();
            if (askedOfTheAudience) {
                continue;
            }
            List<String> words = TranscriptFeatures.wordsOf(sentence);
            if (words.size() >= VideoOutroRule.MIN_OWN_SENTENCE_WORDS && !EndingWords.anyIn(words)
                    && WrapUps.in(words).isEmpty() && EndingPhrases.in(words).isEmpty()
                    && Milestones.in(words).isEmpty()
                    && !Pleasantries.allOf(words) // "Drive home safe, and goodnight!" is the audience's wish
                    && !CallersOwnWords.onlyGreets(words)) { // "היי חבר'ה, מה קורה?" opens a video as a pleasantry does
                return false;
            }
        }
        return true;
    }
}
