package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of an ending found by writing forty more Arabic and Hebrew endings of our own after the twenty-second set,
 * where its Arabic and Hebrew scored lowest (no held-back row read; 9 passed): the video said to be over ("الفيديو
 * خلص", "הסרטון נגמר", "The video is over"), notifications in Arabic's other word ("التنبيهات"), a goodbye to nobody
 * ("أراكم على خير", "נתראה בטוב"), a presenter's "you were with" ("הייתם עם התוכנית", "كنتم مع برنامج"). Left: a
 * prayer asked of the audience, "don't forget us", and waiting for the audience's comments ("מחכה לתגובות שלכם": a
 * caller waits for the agency's reply so). A caller who is done or whose link ended passes.
 */
class ArabicAndHebrewSignOffsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "يا جماعة، الفيديو خلص",
        "חברים, הסרטון נגמר",
        "The video is over, guys",
        "لا تنسوا تفعلوا التنبيهات",
        "أراكم على خير",
        "נתראה בטוב, ביי",
        "הייתם עם התוכנית שלנו, להתראות",
        "كنتم مع برنامج المساء، إلى اللقاء",
    })
    void theseSignOffsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "خلص، ابعتلي الرابط عالواتساب",
        "خلص، منحكي بكرا عن الشقة",
        "הסרטון נגמר באמצע, תשלח שוב",
        "הייתם עם בעלי בדירה אתמול?",
        "מחכה לתגובה שלכם לגבי החוזה",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
