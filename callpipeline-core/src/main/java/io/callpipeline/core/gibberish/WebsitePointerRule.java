package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A broadcast or a video sends its audience to a website: "For more information, visit www.fema.gov" (one of the
 * lines Whisper is best known to write over silence, learnt from public broadcasts' last seconds), "Visit us online
 * at www.example.org", "לפרטים נוספים בקרו באתר שלנו", "Подробнее на нашем сайте". A web address is blanked from a
 * transcript's words and "more information" is no video's idea, so {@link VideoOutroRule} never saw one.
 *
 * <p>Fires on a short transcript that names a site (a web address in its text, or a word for a website, its page or
 * its address) with more information or an order to visit it ({@code website-pointers.tsv}), and says nothing else
 * but those words, a video's, pleasantries, its audience or little words. A caller who visited the site, wants more
 * details on the flat or cannot open a link speaks of himself ("I", "we"), his flat, a day, a number or asks a
 * question, and is not read further.
 */
final class WebsitePointerRule implements GibberishRule {

    /** A pointer is a sentence or two: a longer transcript is a call's, or {@link InventionsInARowRule}'s pieces. */
    private static final int MAX_WORDS = 16;

    /** "сайте", "אתרנו", "páginas": a word's ending after its start. */
    private static final int MAX_ENDING = 4;

    /** French's pronoun joined to an order by a hyphen ("Retrouvez-nous", "Suivez-nous"): its object. */
    private static final Pattern ORDERS_OBJECT = Pattern.compile("(?<=\\p{L})-nous\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String[]> ROWS = WordLists.rows("website-pointers.tsv");
    private static final StemSet INFO = StemSet.ofKind(ROWS, MAX_ENDING, "info");
    private static final StemSet SITE = StemSet.ofKind(ROWS, MAX_ENDING, "site");
    private static final StemSet VISIT = StemSet.ofKind(ROWS, MAX_ENDING, "visit");
    private static final StemSet POINTER = StemSet.of(ROWS, MAX_ENDING, row -> true);

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        // "Retrouvez-nous sur www…": French's "nous" joined to the order is whom to find, not who speaks
        String text = t.transcript().text();
        String raw = text.indexOf('-') >= 0 ? ORDERS_OBJECT.matcher(text).replaceAll("") : text;
        boolean joined = raw.length() != text.length();
        boolean address = webAddressIn(raw);
        List<String> words = address
                ? TranscriptFeatures.wordsOf(NoContentRule.WEB_ADDRESS.matcher(raw).replaceAll(" "))
                : joined ? TranscriptFeatures.wordsOf(raw) : t.words();
        if (words.isEmpty() || words.size() > MAX_WORDS || !(address || SITE.anyIn(words))
                || !(INFO.anyIn(words) || VISIT.anyIn(words))) {
            return Optional.empty();
        }
        if (CallerWords.anyIn(words) || CallerWords.speakerIn(words, t.transcript().language())
                || MeetingDays.anyIn(words) || CallersOwnWords.asksACallersQuestion(raw)
                || words.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit))) {
            return Optional.empty(); // his flat, himself, a day, a question or a number: a caller on the website
        }
        for (String word : words) {
            if (!points(word) && !EndingWords.saysNothingOfItsOwn(word)) {
                return Optional.empty(); // it goes on in words of its own
            }
        }
        return Optional.of(GibberishVerdict.gibberish(VideoOutroRule.CODE,
                "התמלול הוא הפניה לאתר בסוף סרטון או שידור (למידע נוסף בקרו באתר), לא שיחה"));
    }

    /**
     * Whether the word is a pointer's ("visit", "our website", "לאתר שלנו") or the audience's: an advertisement's last
     * seconds send to a site as they send to a number ({@link AdvertisingRule}).
     */
    static boolean points(String word) {
        return POINTER.has(word) || CallersOwnWords.addressesTheAudience(word);
    }

    /** Whether the text holds a web address ("www.ready.gov", "example.ru"), not an e-mail's domain. */
    private static boolean webAddressIn(String raw) {
        if (!NoContentRule.mayHoldAddress(raw)) {
            return false;
        }
        Matcher m = NoContentRule.WEB_ADDRESS.matcher(raw);
        while (m.find()) {
            if (m.start() == 0 || raw.charAt(m.start() - 1) != '@') {
                return true;
            }
        }
        return false;
    }
}
