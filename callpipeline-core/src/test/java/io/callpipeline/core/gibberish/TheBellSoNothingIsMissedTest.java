package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel's bell, and the promise that whoever presses it misses nothing ("לחיצה אחת על הפעמון ואתם לא מפספסים
 * אף סיור", "Un clic sur la cloche et vous ne ratez aucune visite"): the promise was listed only as an order not to
 * miss ("don't miss", "אל תפספסו", "no te pierdas"), so the same words said as what follows the click (the indicative,
 * the future) passed, and a tour or a visit missed read as a caller's (the hundred-and-fifty-eighth held-back set's
 * Hebrew row). A caller rings the flat's bell, and does not want to miss the viewing.
 */
class TheBellSoNothingIsMissedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ותזכרו, לחיצה אחת על הפעמון ואתם לא מפספסים אף סיור",
        "לוחצים על הפעמון ולא מפספסים אף סרטון חדש",
        "Un clic sur la cloche et vous ne ratez aucune visite",
        "Activez la cloche et vous ne raterez plus aucune visite",
        "Un clic en la campanita y no te pierdes ningún video",
        "Activa la campanita y no te perderás ningún recorrido",
        "Tap the bell and you'll never miss a tour",
        "Aktiviert die Glocke, dann verpasst ihr keine Besichtigung mehr",
        "Ative o sininho e você não perde nenhum tour",
        "اضغطوا على الجرس عشان ما يفوتكم ولا جولة",
        "Нажмите на колокольчик, и вы не пропустите ни одного обзора",
    })
    void aClickOnTheBellAndNothingMissedIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "לחצתי על הפעמון בכניסה ואף אחד לא ענה, אני מחכה למטה",
        "אנחנו כל הזמן מפספסים אחד את השני, הפעמון בדלת לא עובד",
        "הפעמון לא עובד, אל תפספסו אותי, אני ליד השער",
        "I rang the bell twice, I don't want to miss the viewing",
        "The bell doesn't work, so you won't miss me, I'm at the gate",
        "J'ai sonné à la cloche du portail, je ne veux pas rater la visite",
        "Toqué el timbre y nadie abrió, no quiero perderme la visita",
        "Я нажал на звонок, никто не открыл, не хочу пропустить просмотр",
        "رنيت الجرس وما حدا فتح، ما بدي تفوتني الزيارة",
        "לחיצה על הפעמון לא עושה כלום, אני עומד ליד הדלת",
        "אתם מפספסים לקוח רציני, תחזרו אליי",
        "Un clic sur le lien et rien ne s'ouvre, vous pouvez me le renvoyer",
        "Si no te pierdes en el camino, llegas en diez minutos",
    })
    void aCallerAtTheFlatsBellPasses(String text) {
        assertPasses(text);
    }
}
