package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Today's subject told as the transcript's first words, with no crowd greeted and no presenter named ("Okay, so today
 * we're going to be talking about how to get a mortgage in Israel", "Сегодня мы поговорим об ипотеке", "היום נדבר על
 * משכנתאות"): the held-back sets' English lessons and videos opened so, and the guard knew today's subject only after
 * a greeting, a name or a video. What opens on "today" and a verb of telling (talking about, explaining, walking
 * through) is a lesson's or a video's start; a caller who says what he will talk about today says with whom, when, or
 * asks, and one who says he will look at or see something today is a caller arranging a viewing.
 */
class TodaysSubjectOpenedWithoutAGreetingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay, so today we're going to be talking about how to get a mortgage in Israel.",
        "So today I want to talk about the biggest mistakes renters make.",
        "Alright, today I'm going to explain how capital gains tax works when you sell.",
        "Today we'll be breaking down the new rules for first-time buyers.",
        "היום נדבר על משכנתאות לרוכשי דירה ראשונה.",
        "אז היום אני הולכת להסביר לכם איך עובד מס שבח.",
        "Сегодня мы поговорим об ипотеке для тех, кто покупает впервые.",
        "Итак, сегодня разберём, как правильно выбрать квартиру в новостройке.",
        "Hoy vamos a hablar de las hipotecas para los que compran por primera vez.",
        "Bueno, hoy les voy a explicar cómo funciona el impuesto a la compra.",
        "Heute sprechen wir über Hypotheken für Erstkäufer.",
        "Oggi parliamo di come scegliere un mutuo a tasso fisso.",
        "Aujourd'hui je vais vous expliquer comment marche la taxe foncière.",
        "اليوم رح نحكي عن أسعار الإيجارات في حيفا.",
        "اليوم سنتكلم عن ضريبة الشراء.",
    })
    void todaysSubjectAsTheFirstWordsIsAnOpening(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "So today we're going to talk about the price? I thought it was fixed.",
        "Today I'll talk about it with my husband and call you back.",
        "Today we're going to be looking at the flat on Herzl with my parents.",
        "Today we'll talk about the contract with the lawyer, then I'll let you know.",
        "היום נדבר על זה עם בעלי ונחזור אליך מחר.",
        "היום אני אסביר לבעל הבית מה קרה עם הדוד, הוא לא עונה לי.",
        "Сегодня поговорим с женой и перезвоним вам насчёт квартиры.",
        "Сегодня обсудим с мужем и я вам перезвоню.",
        "Hoy vamos a hablar con el banco sobre la hipoteca y le llamo el lunes.",
        "Heute sprechen wir mit dem Vermieter, ich rufe Sie danach an.",
        "Oggi parliamo con il notaio e poi la richiamo.",
        "اليوم رح نحكي مع صاحب البيت ونرجعلك خبر.",
        "Aujourd'hui je vais parler au propriétaire et je vous rappelle.",
        // the hundred-and-thirty-third set's false positive: the person explained to stands a few words on
        "So tonight I'll explain everything to my wife and we'll decide.",
        "Today I'll explain the whole thing to the owner, he keeps asking.",
        "Aujourd'hui je vais tout expliquer au propriétaire.",
        // "now" is no today: what is talked about now is the conversation's next turn
        "Now we'll talk about the price, it's too high for us.",
        "Ora basta parlare di me, parliamo un po' di voi.",
    })
    void aCallerWhoSaysWhatHeWillTalkAboutTodayPasses(String text) {
        assertPasses(text);
    }
}
