package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A few words that call on God, and nothing else: the formulas sermons, recitals and prayers open and close with,
 * which Whisper writes over silence (an Arabic voice agent's blocklist held twenty; the seventh held-back set missed
 * eight at first scoring). They come in endless wordings, so what is matched is a word for God in a short
 * transcript that says nothing a call says; a caller who thanks God for the flat, or asks, or names a day, passes.
 * Judged as the pipeline judges: the language identified first, then the whole guard.
 */
class BlessingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "سبحان ربي العظيم",
        "اللهم صل على محمد",
        "توكلت على الله",
        "الله يرحمه",
        "أستغفر الله العظيم وأتوب إليه",
        "תודה לאל, תודה לאל",
        "אלוהים גדול",
        "Слава Богу",
        "Господи, помилуй",
        "С нами Бог",
        "God bless you all",
        "Praise the Lord",
        "Oh my God",
        "Dieu merci",
        "Que Dieu vous bénisse",
        "Gracias a Dios",
        "Gott sei Dank",
    })
    void aFewWordsCallingOnGodAreNoCall(String text) {
        assertCaughtAs(text, HallucinationPhraseRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "الحمد لله، الشقة جاهزة؟ رجعلي",
        "إن شاء الله بكرا بنيجي نشوف البيت",
        "مرحبا، أنا عبدالله، رجعلي",
        "مرحبا، معك عبد الله من الناصرة",
        "תודה לאל מצאנו דירה בחולון, תתקשר",
        "Слава Богу, квартира свободна, перезвоните",
        "Thank God you called back, is the flat still free?",
        "Oh my God, the kitchen is perfect, call me",
        "Dios mío, el piso es perfecto, llámame",
        "Gott sei Dank, die Wohnung ist frei, rufen Sie mich an",
        "God willing we meet on Sunday",
        "Господа, встреча в среду в десять",
    })
    void aCallerWhoCallsOnGodAmongHisOwnWordsIsCalling(String text) {
        assertThat(judged(text).gibberish()).as(text).isFalse();
    }
}
