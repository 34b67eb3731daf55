package io.callpipeline.core.gibberish;

import io.callpipeline.core.privacy.PiiKind;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An advertisement's last seconds, which Whisper learnt from broadcasts as it learnt videos' endings: its fine print
 * ("Terms and conditions apply", "בכפוף לתקנון, התמונות להמחשה בלבד", "Реклама. ООО «…»"), the sponsor a programme is
 * brought by ("This program was brought to you by …", "התוכנית מוגשת בחסות …") and the order to call now ("חייגו
 * עכשיו כוכבית…") or to call a number ("Call 1-800-555-0199 today", "לפרטים חייגו *6050", "0911 234 567 ይደውሉ": the
 * audience's imperative with the number just beside it). A caller reads an advertisement too, and says so: he asks
 * about it (when, how much, though Whisper wrote no question mark), names himself, his flat or a meeting, or asks to
 * be called himself ("תתקשר אליי עכשיו", "call me at…"). So the rule fires only on a short transcript made of nothing
 * but the advertisement's phrases and words ({@code advertising.tsv}), the sponsor's name beside its phrase, numbers
 * and codes, an offer's date, names written capitalised, little words, pleasantries, a website pointer's words and an
 * ending's; and on a discount code named with its offer after it, whatever words sell it ("Grab yours with code MAYA
 * for fifteen percent off"), where no one says he was given it.
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
    /** The audience's order to call, dial or contact ("call", "חייגו", "llame", "ይደውሉ"), with a number beside it. */
    private static final Set<String> DIAL = new HashSet<>();
    /** What may stand between that order and its number ("now", "us", "at", "the number"), never "me". */
    private static final Set<String> DIAL_TO = new HashSet<>();

    /**
     * The words a discount code is named with ("code", "קוד", "промокод"): the word after them is the code itself, a
     * presenter's name where a script has no capitals ("קוד הקופון שירה").
     */
    private static final Set<String> CODE_NAMES = new HashSet<>();

    /** The words of the offer a code gives ("off", "הנחה", "скидка"), and who was given one ("me", "לי"). */
    private static final Set<String> DISCOUNTS = new HashSet<>();
    private static final Set<String> RECEIVERS = new HashSet<>();

    /** How far after a code named its offer's word stands ("code MAYA for fifteen percent off"). */
    private static final int DISCOUNT_WITHIN = 6;

    /** An order and its number are a few words apart at most ("Rufen Sie jetzt an unter 0800…"). */
    private static final int MAX_DIAL_TO_WORDS = 4;

    /**
     * The word an identity number's label leaves among a transcript's words: nine digits said in groups are a phone to
     * call too ("Llama ya al 900 123 456"), whose check may hold.
     */
    private static final String IDENTITY_LABEL = TranscriptFeatures.wordsOf(PiiKind.ISRAELI_ID.label()).get(0);

    static {
        // the kinds that list words, each into its set; the others are phrases (fine, sponsor, call, until)
        Map<String, Set<String>> wordsOfKind = Map.of("ad", AD_WORDS, "ask", ASKING, "dial", DIAL, "dial-to", DIAL_TO,
                "discount", DISCOUNTS, "receiver", RECEIVERS, "code", CODE_NAMES);
        for (String[] columns : WordLists.rows("advertising.tsv")) {
            Set<String> words = wordsOfKind.get(columns[0]);
            if (words != null) {
                WordLists.addLookupForms(words, columns[2]);
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
        BitSet dialled = ordersToCall(words);
        BitSet coded = codesNamed(words);
        // a code named is an advertisement's only with its offer after it: alone it is a door's ("The code is 1234")
        boolean offer = offered(words, coded);
        // "until the end of the month" is a lease's too: an offer's term, beside the advertisement's own phrases
        if (dialled.isEmpty() && !offer && found.stream().allMatch(f -> f.meaning().equals("until"))
                || CallersOwnWords.asksACallersQuestion(t.transcript().text())
                || CallerWords.speakerIn(words, t.transcript().language())
                || words.stream().anyMatch(w -> ASKING.contains(NumberWords.key(w)))) {
            return Optional.empty();
        }
        BitSet covered = (BitSet) dialled.clone();
        for (PhraseIndex.Found<String> phrase : found) {
            covered.set(phrase.from(), phrase.to());
            if (phrase.meaning().equals("sponsor")) { // its name, after it or, where the verb comes last, before
                // "This video is sponsored by the best mortgage company in the country": the video's own sponsor, told
                // however long
                covered.set(phrase.to(), sponsorsTheVideo(words, phrase) ? words.size()
                        : Math.min(words.size(), phrase.to() + MAX_NAME_WORDS));
                covered.set(Math.max(0, phrase.from() - MAX_NAME_WORDS), phrase.from());
            }
        }
        if (offer) {
            return Optional.of(ENDED); // "Grab yours with code MAYA for fifteen percent off", whatever sells it
        }
        covered.or(coded);
        // an offer's fine print dates it ("oferta válida hasta el 31 de diciembre"): its month or day is the offer's
        boolean dated = found.stream().anyMatch(f -> f.meaning().equals("fine"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!covered.get(i) && !AD_WORDS.contains(NumberWords.key(word)) && !isANumber(word)
                    && !(dated && !CalendarNames.of(word).isEmpty())
                    && !(i > 0 && t.writtenCapitalised(i)) && !EndingWords.saysNothingOfItsOwn(word)
                    && !WebsitePointerRule.points(word)) {
                return Optional.empty(); // a word of his own: a caller on the advertisement
            }
        }
        return Optional.of(ENDED);
    }

    /** Why a transcript is judged an advertisement's end, as the tab shows it. */
    private static final GibberishVerdict ENDED = GibberishVerdict.gibberish(VideoOutroRule.CODE,
            "התמלול הוא סוף של פרסומת (בכפוף לתקנון, בחסות, חייגו עכשיו), לא שיחה");

    /**
     * Whether a code named has its offer's word within {@value #DISCOUNT_WITHIN} words after it and no one says he was
     * given it ("The bank gave me a discount code"): a sponsor's offer, whatever other words sell it.
     */
    private static boolean offered(List<String> words, BitSet coded) {
        if (coded.isEmpty() || words.stream().anyMatch(w -> RECEIVERS.contains(NumberWords.key(w)))) {
            return false;
        }
        for (int code = coded.nextSetBit(0); code >= 0; code = coded.nextSetBit(code + 1)) {
            for (int i = code + 1; i < Math.min(words.size(), code + 1 + DISCOUNT_WITHIN); i++) {
                if (DISCOUNTS.contains(NumberWords.key(words.get(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a discount code is named: the word it is named with and the code after it ("Use code HOME for twenty
     * percent off", "С промокодом ДОМ скидка…"), none when no code is named.
     */
    private static BitSet codesNamed(List<String> words) {
        BitSet coded = new BitSet();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (CODE_NAMES.contains(NumberWords.key(words.get(i)))) {
                coded.set(i, i + 2);
            }
        }
        return coded;
    }

    /** What a broadcast's own sponsor sponsors: a video, an episode, a programme. */
    private static final Set<EndingWords.Idea> SPONSORED = EnumSet.of(EndingWords.Idea.VIDEO,
            EndingWords.Idea.EPISODE, EndingWords.Idea.PROGRAMME);

    /** How far before a sponsor's phrase the video it sponsors may be named ("This video is sponsored by"). */
    private static final int SPONSORED_REACH = 2;

    /**
     * Whether the sponsor's phrase names the video, the episode or the programme it sponsors, in itself or just before
     * it ("הסרטון בחסות", "this video is sponsored by"): a broadcast's own line, whose sponsor may be described at any
     * length; a caller who says whom the flat's video was made by speaks of himself or asks.
     */
    private static boolean sponsorsTheVideo(List<String> words, PhraseIndex.Found<String> phrase) {
        for (int i = Math.max(0, phrase.from() - SPONSORED_REACH); i < phrase.to(); i++) {
            if (EndingWords.carriesAny(words.get(i), SPONSORED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of each order to call a number ({@code dial} in {@code advertising.tsv}): the order, the number just
     * after it or, where the verb comes last, just before it, and the few words between ("now", "us", "the number").
     * "call me at", "תחזרו אליי ל" or "Llámame al" is none: a caller puts himself there.
     */
    static BitSet ordersToCall(List<String> words) {
        BitSet orders = new BitSet();
        if (words.stream().noneMatch(AdvertisingRule::isDialled)) {
            return orders; // no number to call: most transcripts, read no further
        }
        for (int i = 0; i < words.size(); i++) {
            if (!DIAL.contains(NumberWords.key(words.get(i)))) {
                continue;
            }
            int after = i + 1;
            while (after < words.size() && after - i <= MAX_DIAL_TO_WORDS
                    && DIAL_TO.contains(NumberWords.key(words.get(after)))) {
                after++;
            }
            int before = i - 1;
            while (before >= 0 && i - before <= MAX_DIAL_TO_WORDS
                    && DIAL_TO.contains(NumberWords.key(words.get(before)))) {
                before--;
            }
            if (after < words.size() && isDialled(words.get(after))) {
                orders.set(i, onPast(words, after));
            } else if (before >= 0 && isDialled(words.get(before))) {
                orders.set(before, onPast(words, i));
            }
        }
        return orders;
    }

    /**
     * Where the order ends: past the number's other groups and the words that may follow it as they may precede it
     * ("Marque el 900 123 456 ahora", "ይደውሉ አሁን").
     */
    private static int onPast(List<String> words, int from) {
        int end = from + 1;
        while (end < words.size() && (isDialled(words.get(end)) || DIAL_TO.contains(NumberWords.key(words.get(end))))) {
            end++;
        }
        return end;
    }

    /**
     * Whether a number an advertisement tells its audience to call stands where a caller's identity number would:
     * the redactor's label for nine digits whose check held, just after an order to call ("Llama ya al [ת״ז]").
     * Nobody is told to dial an identity number, so the label there is not a caller's.
     */
    static boolean dialsTheIdentityLabel(List<String> words) {
        BitSet orders = ordersToCall(words);
        for (int i = orders.nextSetBit(0); i >= 0; i = orders.nextSetBit(i + 1)) {
            if (words.get(i).equals(IDENTITY_LABEL)) {
                return true;
            }
        }
        return false;
    }

    /** A number dialled: digits (a star's short number, "*6050", is read as its digits) or the identity label. */
    private static boolean isDialled(String word) {
        if (word.equals(IDENTITY_LABEL)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) { // a loop, not a stream: every transcript's words are asked
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** A number, a promo code written with one ("SAVE20"), or the identity label a phone's nine digits may leave. */
    private static boolean isANumber(String word) {
        return NumberWords.value(word).isPresent() || word.chars().anyMatch(Character::isDigit)
                || word.equals(IDENTITY_LABEL);
    }
}
