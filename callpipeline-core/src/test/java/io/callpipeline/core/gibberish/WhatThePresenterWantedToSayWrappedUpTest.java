package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrap-up that says what the presenter wanted to cover today, the kind the seventy-eighth and eighty-eighth held-back
 * sets (English alone) missed: "everything" and "today" with the presenter's wish to say, show or go over between them
 * ("That's everything I wanted to go over today", "זה כל מה שרציתי להגיד לכם היום", "Это всё, что я хотел рассказать
 * вам сегодня"), alone, before a goodbye, or opening a long ending. The callers beside them want to ask, see or send
 * everything, or say what they wanted beside the flat or a call back.
 */
class WhatThePresenterWantedToSayWrappedUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's pretty much everything I wanted to cover today, see you in the next one",
        "And that's everything we wanted to share with you today, guys",
        "זה כל מה שרציתי להגיד לכם היום, נתראה בפרק הבא",
        "וזה בעצם כל מה שרצינו להראות לכם היום",
        "Это всё, что я хотел рассказать вам сегодня, до встречи",
        "Вот и всё, что мы хотели вам сегодня показать, друзья",
        "C'est tout ce que je voulais vous dire aujourd'hui, à bientôt",
        "Eso es todo lo que quería contarles hoy, nos vemos",
        "Das ist alles, was ich euch heute zeigen wollte, bis bald",
        "Questo è tutto quello che volevo mostrarvi oggi, ciao a tutti",
        "هذا كل ما أردت أن أقوله لكم اليوم، إلى اللقاء",
        "So that's pretty much everything I wanted to cover today. If you have any questions, leave them down in the "
                + "comments and I'll try to get back to all of you. Don't forget to like and subscribe, and I'll see "
                + "you in the next one.",
    })
    void whatThePresenterWantedToSayTodayWrappedUpIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's everything I wanted to ask today, please call me back about the flat",
        "I wanted to show you everything today at the apartment, see you at five",
        "Hi, that's all I wanted to say, the keys are with the neighbour",
        "זה כל מה שרציתי לשאול היום, תחזרו אליי לגבי הדירה",
        "רציתי להראות לכם היום את כל הדירה, נתראה בחמש",
        "Это всё, что я хотел сегодня спросить про квартиру, перезвоните",
        "C'est tout ce que je voulais vous dire aujourd'hui pour l'appartement, rappelez-moi",
        "Eso es todo lo que quería preguntar hoy sobre el piso, llámeme",
        "Today I wanted to send everything to the bank, the documents are ready",
    })
    void aCallersWishSaidBesideTheFlatPasses(String text) {
        assertPasses(text);
    }
}
