package io.callpipeline.core.gibberish;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An advertisement's last seconds, which Whisper learnt from broadcasts as it learnt videos' endings: its fine print
 * ("Terms and conditions apply", "בכפוף לתקנון, התמונות להמחשה בלבד", "Реклама. ООО «…»"), the sponsor a programme is
 * brought by ("This program was brought to you by …", "התוכנית מוגשת בחסות …") and the order to call now ("חייגו
 * עכשיו כוכבית…"). A caller reads an advertisement too, and says so: he asks about it (when, how much, though Whisper
 * wrote no question mark), names himself, his flat or a meeting, or asks to be called in the singular ("תתקשר אליי
 * עכשיו"). So the rule fires only on a short transcript made of nothing but the advertisement's phrases and words
 * ({@code advertising.tsv}), the sponsor's name beside its phrase, numbers, names written capitalised, little words,
 * pleasantries and an ending's words.
 */
final class AdvertisingRule implements GibberishRule {

    /** An advertisement's last seconds are a sentence or two. */
    private static final int MAX_WORDS = 20;

    /**
     * A sponsor's name is a few words beside its phrase ("בחסות רשת חשמל נטו", "presented by Banco Sol", "በኢትዮ ቴሌኮም
     * ስፖንሰርነት የቀረበ").
     */
    private static final int MAX_NAME_WORDS = 4;

    private static final PhraseIndex<String> PHRASES = new PhraseIndex<>();
    private static final Set<String> AD_WORDS = new HashSet<>();
    /** The words a question is asked with, a caller's though Whisper wrote no question mark ("…עד מתי"). */
    private static final Set<String> ASKING = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("advertising.tsv")) {
            if (columns[0].equals("ad")) {
                Arrays.stream(WordLists.words(columns[2])).map(NumberWords::key).forEach(AD_WORDS::add);
            } else if (columns[0].equals("ask")) {
                Arrays.stream(WordLists.words(columns[2])).map(NumberWords::key).forEach(ASKING::add);
            } else {
                PHRASES.add(columns[0], columns[2]);
            }
        }
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        List<PhraseIndex.Found<String>> found = PHRASES.in(words);
        // "until the end of the month" is a lease's too: an offer's term, beside the advertisement's own phrases
        if (found.stream().allMatch(f -> f.meaning().equals("until"))
                || CallersOwnWords.asksACallersQuestion(t.transcript().text())
                || CallerWords.speakerIn(words, t.transcript().language())
                || words.stream().anyMatch(w -> ASKING.contains(NumberWords.key(w)))) {
            return Optional.empty();
        }
        BitSet covered = new BitSet();
        for (PhraseIndex.Found<String> phrase : found) {
            covered.set(phrase.from(), phrase.to());
            if (phrase.meaning().equals("sponsor")) { // its name, after it or, where the verb comes last, before
                covered.set(phrase.to(), Math.min(words.size(), phrase.to() + MAX_NAME_WORDS));
                covered.set(Math.max(0, phrase.from() - MAX_NAME_WORDS), phrase.from());
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!covered.get(i) && !AD_WORDS.contains(NumberWords.key(word)) && !isANumber(word)
                    && !(i > 0 && t.writtenCapitalised(i)) && !EndingWords.saysNothingOfItsOwn(word)) {
                return Optional.empty(); // a word of his own: a caller on the advertisement
            }
        }
        return Optional.of(GibberishVerdict.gibberish(VideoOutroRule.CODE,
                "התמלול הוא סוף של פרסומת (בכפוף לתקנון, בחסות, חייגו עכשיו), לא שיחה"));
    }

    private static boolean isANumber(String word) {
        return NumberWords.value(word).isPresent() || word.chars().allMatch(Character::isDigit);
    }
}
