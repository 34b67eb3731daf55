package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whisper conditions its decoding on the prompt it is sent, and with nothing to hear the likeliest text is the
 * prompt itself (reproduced with whisper.cpp in rpickz/jarvix#191; a whole dictionary written back on silence in
 * OpenWhispr/openwhispr#851). The pipeline sends a vocabulary prompt full of real-estate words ("דירת 4 חדרים עם
 * ממ״ד, מרפסת שמש…"), so its echo reads like a call about a flat and would be answered as one. Any prompt, any
 * part of it, in any language: the shipped one by default, the host's when it sets its own; callers who use its
 * words among their own pass. Judged as the pipeline judges: the language identified first, then the whole guard.
 */
class PromptEchoTest {

    private static final HebrewGibberishDetector SHIPPED = AsThePipelineJudges.GUARD;

    private static final String ENGLISH_PROMPT = "Call with Acme Realty about flats in Haifa: three bedrooms, balcony,"
            + " parking, storage room, lift, council tax, mortgage, rent, sale, exclusivity, agent's fee.";
    private static final String RUSSIAN_PROMPT = "Звонок в агентство недвижимости: трёхкомнатная квартира, балкон,"
            + " парковка, кладовая, лифт, ипотека, аренда, продажа, комиссия агента. Бат-Ям, Ашдод, Хайфа.";
    private static final String ARABIC_PROMPT = "مكالمة مع مكتب عقارات: شقة ثلاث غرف، شرفة، موقف سيارات، مخزن،"
            + " مصعد، أرنونا، رهن عقاري، إيجار، بيع، عمولة الوسيط. الناصرة، حيفا، عكا.";

    private static GibberishVerdict judged(HebrewGibberishDetector guard, String text) {
        return guard.check(AsThePipelineJudges.transcript(text));
    }

    /** The guard of a host that sends its own prompt in that language; the shipped one for Hebrew. */
    private static HebrewGibberishDetector hostGuard(String language) {
        return switch (language) {
            case "en" -> sending(ENGLISH_PROMPT);
            case "ru" -> sending(RUSSIAN_PROMPT);
            case "ar" -> sending(ARABIC_PROMPT);
            default -> SHIPPED;
        };
    }

    private static HebrewGibberishDetector sending(String prompt) {
        return new HebrewGibberishDetector(GibberishSettings.defaults().withTranscriptionPrompt(prompt));
    }

    @Test
    void theShippedPromptWrittenBackWholeIsAnEcho() {
        GibberishVerdict verdict = judged(SHIPPED, Vocabulary.HEBREW_REAL_ESTATE.prompt());

        assertThat(verdict.gibberish()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(PromptEchoRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שיחה עם משרד תיווך נדל״ן",
        "שיחה עם משרד תיווך נדל\"ן: דירת 4 חדרים עם ממ\"ד, מרפסת שמש, חניה ומחסן.",
        "דירת 4 חדרים עם ממ״ד, מרפסת שמש, חניה ומחסן, מעלית, קומה 3",
        "ארנונה, ועד בית, משכנתא, שכירות, מכירה, בלעדיות, דמי תיווך",
        "תל אביב־יפו, ירושלים, חיפה, ראשון לציון, פתח תקווה, אשדוד, נתניה",
        "בני ברק, רמת גן, הרצליה, רעננה, כפר סבא, מודיעין, רחובות, בת ים, גבעתיים.",
        "נווה צדק, פלורנטין, הדר, רמת אביב",
        // written back without its punctuation, or with a word of the call's before it
        "שיחה עם משרד תיווך נדלן דירת 4 חדרים עם ממד מרפסת שמש",
        "כן. שיחה עם משרד תיווך נדל״ן: דירת 4 חדרים עם ממ״ד, מרפסת שמש, חניה ומחסן",
    })
    void aPieceOfTheShippedPromptIsAnEcho(String text) {
        GibberishVerdict verdict = judged(SHIPPED, text);

        assertThat(verdict.gibberish()).as(text).isTrue();
        assertThat(verdict.reasonCode()).as(text).isEqualTo(PromptEchoRule.CODE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Call with Acme Realty about flats in Haifa: three bedrooms, balcony, parking",
        "en|balcony, parking, storage room, lift, council tax, mortgage, rent, sale",
        "ru|Звонок в агентство недвижимости: трёхкомнатная квартира, балкон, парковка",
        "ru|ипотека, аренда, продажа, комиссия агента. Бат-Ям, Ашдод, Хайфа.",
        "ar|مكالمة مع مكتب عقارات: شقة ثلاث غرف، شرفة، موقف سيارات",
        "ar|رهن عقاري، إيجار، بيع، عمولة الوسيط. الناصرة، حيفا، عكا.",
    })
    void aPieceOfTheHostsOwnPromptIsAnEchoInItsLanguage(String language, String text) {
        GibberishVerdict verdict = judged(hostGuard(language), text);

        assertThat(verdict.gibberish()).as(text).isTrue();
        assertThat(verdict.reasonCode()).as(text).isEqualTo(PromptEchoRule.CODE);
    }

    @Test
    void aPromptIsOnlyAnEchoOfTheOneSent() {
        String english = "Call with Acme Realty about flats in Haifa: three bedrooms, balcony, parking";

        assertThat(judged(SHIPPED, english).reasonCode()).isNotEqualTo(PromptEchoRule.CODE);
        assertThat(judged(sending(""), Vocabulary.HEBREW_REAL_ESTATE.prompt()).reasonCode())
                .isNotEqualTo(PromptEchoRule.CODE);
        assertThat(judged(sending(ENGLISH_PROMPT), "שיחה עם משרד תיווך נדל״ן: דירת 4 חדרים עם ממ״ד, מרפסת שמש")
                .reasonCode()).isNotEqualTo(PromptEchoRule.CODE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he|שלום, אני מחפש דירת 4 חדרים עם ממ״ד בתל אביב, בבקשה תחזור אליי ל-054-1234567",
        "he|היי, ראיתי את המודעה על הדירה ברמת גן. יש בה חניה ומחסן? ומה הארנונה? תחזרו אליי",
        "he|בוקר טוב, זה דני. לגבי המשכנתא והבלעדיות, דמי תיווך של שני אחוז זה בסדר מבחינתי, תתקשר",
        "he|מחפשים בנווה צדק או בפלורנטין, שלושה חדרים, עד שמונת אלפים לחודש. תודה",
        "en|Hi, it's Mark. Is the three bedrooms flat in Haifa with the balcony and parking still free? Call me back",
        "en|About the council tax and the mortgage: my bank wants the agent's fee in writing. Thanks, bye",
        "ru|Здравствуйте, меня интересует трёхкомнатная квартира с балконом в Бат-Яме, перезвоните мне",
        "ru|Добрый день, по поводу аренды: парковка и лифт есть? Ипотека мне не нужна. Спасибо",
        "ar|مرحبا، بدي شقة ثلاث غرف مع شرفة في حيفا، في موقف سيارات؟ رجعلي تلفون",
        "ar|السلام عليكم، بخصوص الإيجار في الناصرة، كم عمولة الوسيط؟ شكرا",
    })
    void aCallerWhoUsesThePromptsWordsAmongHisOwnIsACall(String language, String text) {
        assertThat(judged(hostGuard(language), text).gibberish()).as(text).isFalse();
    }

    @Test
    void anEchoBeforeTheCallerSpeaksIsHiddenNotTheCall() {
        String echo = "שיחה עם משרד תיווך נדל״ן: דירת 4 חדרים עם ממ״ד, מרפסת שמש, חניה ומחסן";
        String caller = "שלום, מדבר יוסי, אני מחפש דירה ברחובות עם מרפסת שמש, תחזרו אליי בבקשה";
        List<TranscriptSegment> segments = List.of(
                new TranscriptSegment(0, 6, echo, -0.4, 0.7, 1.3),
                new TranscriptSegment(6, 14, caller, -0.2, 0.01, 1.2));

        GibberishVerdict verdict = SHIPPED.check(new Transcript("he", echo + " " + caller, segments, "whisper-1", 14.0));

        assertThat(verdict.gibberish()).isFalse();
        assertThat(verdict.hallucinatedSegments()).containsExactly(0);
    }

    @Test
    void aCallerSayingAFewOfThePromptsWordsInARowKeepsHisSegment() {
        List<TranscriptSegment> segments = List.of(
                new TranscriptSegment(0, 4, "שלום, זה משה.", -0.2, 0.01, 1.1),
                new TranscriptSegment(4, 7, "דירת 4 חדרים עם ממ״ד", -0.2, 0.02, 1.1),
                new TranscriptSegment(7, 12, "ברחובות, עד שני מיליון. תחזרו אליי", -0.2, 0.01, 1.1));

        GibberishVerdict verdict = SHIPPED.check(new Transcript("he",
                "שלום, זה משה. דירת 4 חדרים עם ממ״ד ברחובות, עד שני מיליון. תחזרו אליי", segments, "whisper-1", 12.0));

        assertThat(verdict.gibberish()).isFalse();
        assertThat(verdict.hallucinatedSegments()).isEmpty();
    }
}
