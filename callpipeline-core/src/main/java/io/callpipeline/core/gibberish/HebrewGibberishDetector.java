package io.callpipeline.core.gibberish;

import io.callpipeline.core.language.IdentifiedLanguage;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The default guard for Hebrew calls: decides whether a transcript is real speech or what Whisper
 * writes over silence, noise and hold music, and says why.
 *
 * <p>Rules run cheapest first and the first that fires gives the verdict: {@link BlankRule},
 * {@link TooShortRule}, {@link AnnotationRule}, {@link NoContentRule}, {@link PromptEchoRule}, {@link HallucinationPhraseRule}, {@link RecordingTitleRule},
 * {@link VideoOutroRule}, {@link WebsitePointerRule}, {@link CountingRule}, {@link RecitingRule},
 * {@link RepetitionRule}, {@link FillingWordsRule}, {@link InventionsInARowRule},
 * {@link LowConfidenceRule}, {@link ForeignScriptRule}, {@link NonWordRule}, {@link KeyboardRule}. When none fires, the
 * verdict is OK and still lists the segments that look invented (a "תודה שצפיתם" over the silence
 * after the caller hung up), so the CRM can hide them. A transcript that holds a personal number the caller said (the
 * redactor's label where a number whose check held stood, "[ת״ז]") is a call before any rule is asked.
 *
 * <p>A call in another language is speech, not a fault: when the transcript's language is known and
 * is not Hebrew (see {@link io.callpipeline.core.language.LanguageIdentifier}), only the rules that
 * hold in any language run (blank, too short, invented phrases, loops, Whisper's own doubts); the
 * two that judge Hebrew ({@link ForeignScriptRule}, {@link NonWordRule}) stay out of its way.
 *
 * <p>{@code new HebrewGibberishDetector()} is all it takes; no framework needed. Thread-safe.
 */
public final class HebrewGibberishDetector implements GibberishDetector {

    /** A segment is an invented phrase when phrases cover this much of it. */
    private static final double SEGMENT_PHRASE_SHARE = 0.8;
    /** A segment this long in the prompt's words and order is its echo even where Whisper heard speech. */
    private static final int LONG_ECHO_WORDS = 8;

    private final List<GibberishRule> rules;
    private final List<GibberishRule> anyLanguageRules;
    private final HallucinationPhrases phrases;
    private final PromptEchoRule echo;
    private final SegmentConfidence confidence;

    /** The guard with its default settings. */
    public HebrewGibberishDetector() {
        this(GibberishSettings.defaults());
    }

    public HebrewGibberishDetector(GibberishSettings settings) {
        this.phrases = new HallucinationPhrases(settings.extraPhrases());
        this.echo = new PromptEchoRule(settings.transcriptionPrompt(), settings.maxPhraseCoverage());
        this.confidence = settings.segmentConfidence();
        GibberishRule phrase = new HallucinationPhraseRule(phrases, settings.maxPhraseCoverage());
        GibberishRule title = new RecordingTitleRule();
        GibberishRule outro = new VideoOutroRule();
        GibberishRule website = new WebsitePointerRule();
        GibberishRule filling = new FillingWordsRule();
        GibberishRule cards = new VideoCardsRule();
        GibberishRule advertising = new AdvertisingRule();
        this.anyLanguageRules = List.of(
                new BlankRule(),
                new TooShortRule(settings.minCharacters()),
                new AnnotationRule(),
                new NoContentRule(),
                echo,
                phrase,
                title,
                outro,
                website,
                cards,
                advertising,
                new CountingRule(),
                new RecitingRule(),
                new RepetitionRule(settings.maxRepeatedShare(), settings.maxCompressionRatio()),
                filling,
                new InventionsInARowRule(List.of(phrase, title, outro, website, cards, advertising, filling)),
                new LowConfidenceRule(confidence, settings.maxSuspectSegmentShare()),
                // last: in a Hebrew call the language rules name typing in another script first, and
                // non-words under the Hebrew hint earn a second transcription before anything else
                new KeyboardRule());
        List<GibberishRule> hebrew = new ArrayList<>(anyLanguageRules.subList(0, anyLanguageRules.size() - 1));
        hebrew.add(new ForeignScriptRule(settings.extraLatinWords(), settings.maxForeignShare()));
        hebrew.add(new NonWordRule(HebrewCharModel.shipped(), settings.minWordLogProbability(),
                settings.maxImplausibleShare()));
        hebrew.add(anyLanguageRules.get(anyLanguageRules.size() - 1));
        this.rules = List.copyOf(hebrew);
    }

    @Override
    public GibberishVerdict check(Transcript transcript) {
        TranscriptFeatures features = TranscriptFeatures.of(transcript);
        if (saysACheckedPersonalNumber(transcript.text()) && !AdvertisingRule.dialsTheIdentityLabel(features.words())) {
            return GibberishVerdict.ok(hallucinatedSegments(transcript.segments()));
        }
        for (GibberishRule rule : inAnotherLanguage(transcript) ? anyLanguageRules : rules) {
            Optional<GibberishVerdict> verdict = rule.check(features);
            if (verdict.isPresent()) {
                return verdict.get();
            }
        }
        return GibberishVerdict.ok(hallucinatedSegments(transcript.segments()));
    }

    /**
     * The labels the redactor puts where a personal number stood whose check held (an identity number's check digit, a
     * card's Luhn sum, an IBAN's mod 97) or that the caller named (an account, a passport, a card's expiry or code).
     * An e-mail address is not among them: a credit may give one.
     */
    private static final List<String> CHECKED_NUMBER_LABELS = Arrays.stream(PiiKind.values())
            .filter(kind -> kind != PiiKind.EMAIL).map(PiiKind::label).toList();

    /**
     * Whether the (redacted) transcript holds a personal number the caller said: Whisper invents no identity number
     * whose check digit holds, and a transcript that holds one is a call however little else it says ("כן, [ת״ז]"),
     * where its label alone read as a sound caption or as too short.
     */
    private static boolean saysACheckedPersonalNumber(String text) {
        if (text == null || text.indexOf('[') < 0) {
            return false;
        }
        for (String label : CHECKED_NUMBER_LABELS) {
            if (text.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Known to be in a language other than Hebrew; undetermined text is judged as Hebrew. */
    private static boolean inAnotherLanguage(Transcript transcript) {
        String language = transcript.language();
        return language != null && !language.isBlank() && !"he".equals(language) && !"iw".equals(language)
                && !IdentifiedLanguage.UNDETERMINED.equals(language);
    }

    /**
     * Segments to hide in a real call: a phrase never spoken in calls, a polite phrase or the prompt's echo over
     * silence, a long echo of the prompt, or a segment Whisper itself doubts. A few of the prompt's words in a row
     * with speech heard ("דירת 4 חדרים עם ממ״ד") are the caller's.
     */
    private List<Integer> hallucinatedSegments(List<TranscriptSegment> segments) {
        List<Integer> invented = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            TranscriptSegment segment = segments.get(i);
            List<String> words = TranscriptFeatures.wordsOf(segment.text());
            boolean phrase = phrases.neverSpokenCovers(words, SEGMENT_PHRASE_SHARE)
                    || (confidence.isProbablySilent(segment) && phrases.covers(words, SEGMENT_PHRASE_SHARE));
            boolean echoed = echo.share(words) >= SEGMENT_PHRASE_SHARE
                    && (words.size() >= LONG_ECHO_WORDS || confidence.isProbablySilent(segment));
            if (phrase || echoed || confidence.isSuspect(segment)) {
                invented.add(i);
            }
        }
        return invented;
    }
}
