package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Nothing a call could be about, in a few different words: the transcript is only words speakers fill a pause or answer
 * with ("כן. כן. טוב.", "يعني... يعني...", "Ну да, ладно", "Bon, ben, voilà"; {@code discourse-words.tsv}), with
 * pleasantries and hesitation sounds among them at most. Whisper writes them over a line's noise as it writes a
 * hum; a caller says them around a name, a flat, a day or a number. The verdict is {@link NoContentRule}'s; it runs
 * after the phrase, counting and loop rules, so that "לא לא לא" and "Thanks, bye" keep the reason that names them.
 */
public final class FillingWordsRule implements GibberishRule {

    /** The words speakers fill a pause or answer with, looked up as {@link NumberWords#key} writes them. */
    private static final Set<String> DISCOURSE = WordLists.lookupForms("discourse-words.tsv");
    /**
     * More different words than this say something, whatever they are made of; the same few said over and over are
     * a hum however long it is held ("Uh... um... yeah... uh... hmm... um... okay... uh...").
     */
    private static final int MAX_FILLING_WORDS = 6;
    /**
     * A caller switching languages answers in a few filling words ("Ok, כן, yeah"); this many in two scripts, with no
     * thanks or goodbye among them, are a hum held ("Okay, okay, טוב, טוב, okay"), as one language's are.
     */
    private static final int MIN_HUM_IN_TWO_SCRIPTS = 5;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        // "Ok, כן, yeah": a caller switching languages (TranscriptFeatures.switchesScript), unless he hums on
        if (t.digits() == 0 && t.emailsAndUrls() == 0 && onlyFilling(t.words())
                && (!t.switchesScript(1) || humsOn(t.words()))) {
            return Optional.of(GibberishVerdict.gibberish(NoContentRule.CODE,
                    "התמלול הוא מילות מילוי בלבד (כן, טוב, נו) ולא שיחה"));
        }
        return Optional.empty();
    }

    /**
     * A few words, each one speakers fill a pause or answer with, a pleasantry's or a hesitation, and at least one
     * of the first kind (pleasantries alone are {@link HallucinationPhraseRule}'s).
     */
    private static boolean onlyFilling(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        boolean filling = false;
        for (String word : words) { // a call's first word or two end this
            String key = NumberWords.key(word);
            boolean discourse = isDiscourse(key);
            if (!discourse && !Pleasantries.isOne(word) && !NoContentRule.isHesitation(key)) {
                return false;
            }
            filling |= discourse;
        }
        return filling && words.stream().distinct().count() <= MAX_FILLING_WORDS;
    }

    /**
     * Five filling words or more, each a discourse word or a hesitation (no thanks or goodbye among them): a hum, in
     * however many scripts.
     */
    private static boolean humsOn(List<String> words) {
        return words.size() >= MIN_HUM_IN_TWO_SCRIPTS && words.stream().map(NumberWords::key)
                .allMatch(key -> isDiscourse(key) || NoContentRule.isHesitation(key));
    }

    /** Whether the word, as {@link NumberWords#key} writes it, is one speakers fill a pause or answer with. */
    private static boolean isDiscourse(String key) {
        return DISCOURSE.contains(key) || (Pleasantries.startsWithAnd(key) && DISCOURSE.contains(key.substring(1)));
    }

    /** Whether the word fills a pause: a discourse word, a pleasantry's or a hesitation ("כן", "ну", "euh"). */
    static boolean isFilling(String word) {
        String key = NumberWords.key(word);
        return isDiscourse(key) || Pleasantries.isOne(word) || NoContentRule.isHesitation(key);
    }
}
