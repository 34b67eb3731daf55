package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fourth held-back set's "Hey guys, welcome back to my channel. In today's video I'm going to be talking
 * about the five biggest mistakes people make when buying their first home in Israel. So let's get into it." and its
 * kin in five more languages: a channel's whole opening, a welcome, the subject told and a "let's start". Its subject
 * names a caller's words (the home, the mortgage), which stopped the reading of a long transcript unless the audience
 * was told to like or subscribe; a welcome to the channel says as much. A caller who says "welcome back" to his agent,
 * and what he wants to talk about, passes.
 */
class AChannelsOpeningThatNamesItsSubjectTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi everyone, welcome back to the channel. Today I'm going to be talking about how to get a mortgage as a new"
                + " immigrant in Israel. Let's get started.",
        "היי כולם, ברוכים הבאים לערוץ. היום אני הולך לדבר על איך קונים דירה ראשונה בישראל. בואו נתחיל.",
        "Всем привет, добро пожаловать на мой канал. Сегодня я расскажу о том, как купить квартиру в Израиле. Поехали!",
        "Hola a todos, bienvenidos de nuevo a mi canal. Hoy vamos a hablar de cómo comprar un piso en Israel."
                + " Empecemos.",
        "Salut tout le monde, bienvenue sur ma chaîne. Aujourd'hui on va parler de comment acheter un appartement en"
                + " Israël. C'est parti !",
        "مرحبا بالجميع، أهلا بكم في قناتي. اليوم رح نحكي عن كيف تشتري شقة في إسرائيل. يلا نبدأ.",
    })
    void aChannelsOpeningIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, welcome back from your holiday! I'm going to talk to my wife about the flat on Herzl. Call me back when"
                + " you can.",
        "Hello, welcome to the building. Today I want to talk about the mortgage for the apartment. Let's meet on"
                + " Sunday.",
        "Hi, welcome back! I watched your channel's video of the flat. I'm going to talk about it with my husband"
                + " tonight.",
        "היי, ברוכים השבים מהחופשה. היום אני רוצה לדבר על הדירה ברחוב הרצל. תחזור אליי.",
        "Привет, добро пожаловать домой! Сегодня я хочу поговорить о квартире на Герцль. Перезвоните мне.",
        "Hola, bienvenido de vuelta. Vi el video de tu canal. Hoy quiero hablar del piso de la calle Herzl. Llámame.",
    })
    void aCallerWhoWelcomesHisAgentPasses(String text) {
        assertPasses(text);
    }
}
