package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's opening that greets its crowd with a question and tells today's subject as what "many of you" asked,
 * the kind the eighty-sixth held-back set (Hebrew alone) missed: "What's up?", "מה קורה?", "Как дела?" asks nothing a
 * caller wants answered, and "a lot of you", "הרבה מכם", "многие из вас" is a crowd no caller speaks to. The callers
 * beside them greet with the same question and go on to the flat, a call back or what they want to talk about with
 * one agent. Hebrew's "היי" and "אהלן" greet as English's "hi" does (a pleasantry), so "היי חבר'ה" opens as "Hey
 * guys" does.
 */
class AnOpeningThatGreetsWithAQuestionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "היי חברים, מה נשמע? היום נדבר על נושא שהרבה מכם ביקשו",
        "אהלן חבר'ה, מה המצב? היום נדבר על משהו שרבים מכם ביקשו",
        "Hey guys, what's up? Today we're going to talk about something a lot of you have been asking me about",
        "Hey everyone, how's it going? In today's video I'm going to show you how to stage a living room",
        "Привет, друзья, как дела? Сегодня мы поговорим о том, о чём многие из вас меня спрашивали",
        "Hola a todos, ¿qué tal? Hoy vamos a hablar de algo que muchos de ustedes me han preguntado",
        "Salut tout le monde, ça va? Aujourd'hui on va parler d'un sujet que beaucoup d'entre vous m'ont demandé",
        "مرحبا يا جماعة، كيفكم؟ اليوم رح نحكي عن موضوع كثير منكم سألوني عنه",
    })
    void anOpeningThatGreetsItsCrowdWithAQuestionIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, how are you? Today I wanted to talk about the flat on Herzl, call me back",
        "היי, מה קורה? רציתי לשאול על הדירה ברחוב הרצל, תחזרו אליי",
        "שלום, מה שלומך? היום אני רוצה לדבר איתך על המשכנתא",
        "Привет, как дела? Сегодня хочу поговорить с тобой о квартире, перезвони",
        "Hola, ¿qué tal? Hoy quería hablar contigo del piso, llámame",
        "Hey guys, what's up? Are you still showing the flat today?",
        "Hi, how are you? Many of you at the office know my husband, he wants to see the flat",
    })
    void aCallerWhoGreetsWithAQuestionPasses(String text) {
        assertPasses(text);
    }
}
