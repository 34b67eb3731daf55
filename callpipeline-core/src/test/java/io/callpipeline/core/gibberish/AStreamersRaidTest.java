package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A streamer's chat told of a raid, a game's end or the subscriptions that came in ("Chat, that was insane. GG
 * everyone, raid incoming.", "צ'אט, זה היה מטורף. תודה על הרייד!"): the hundred-and-forty-first held-back set wrote
 * them, and the guard knew a stream's chat only beside a goodbye. A caller chats with the owner on WhatsApp and
 * subscribes to an agency's listings.
 */
class AStreamersRaidTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for the raid, welcome in everyone!",
        "GG everyone, that was a close one.",
        "Chat, that was insane, clip it!",
        "תודה על הרייד, ברוכים הבאים לכולם!",
        "צ'אט, זה היה מטורף, תעשו קליפ",
        "Чат, это было безумие! Спасибо за рейд!",
        "Gracias por la raid, ¡bienvenidos todos!",
        "Danke für den Raid, herzlich willkommen!",
        "Merci pour le raid, bienvenue à tous !",
    })
    void aStreamersChatToldOfARaidIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I chat with the owner on WhatsApp, he says the price is final.",
        "תעשה לי צ'אט עם בעל הדירה, אני רוצה לשאול על החניה",
        "I subscribed to your listings, please send me the new ones in Haifa.",
        "Я в чате с хозяином, он говорит, что цена окончательная.",
        "La policía hizo una redada en el edificio, ¿es seguro?",
        "That was insane, the price went up by fifty thousand overnight.",
        "Clip it to the fridge, the keys are in the drawer.",
        "תעשו קליפ של הדירה ותשלחו לי",
    })
    void aCallersChatPasses(String text) {
        assertPasses(text);
    }
}
