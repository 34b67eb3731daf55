package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A welcome to another instalment of a series, whatever it is called ("welcome to another apartment tour", "ברוכים
 * הבאים לעוד סיור דירות", "добро пожаловать на очередной рум-тур", "أهلا بكم في جولة جديدة", "Bienvenue dans une
 * nouvelle visite"): the hundred-and-twentieth held-back set opened so in Hebrew, and the guard knew a welcome to
 * another one only when a video's word named it. One more, or a new one said as one of many (with an indefinite
 * article, or in Hebrew and Arabic without the definite one), is a series'; a caller welcomes someone to the new flat,
 * which is the one he means. An opening longer than the short transcripts read goes on from it to today's subject.
 */
class AWelcomeToAnotherInstalmentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi guys, welcome to another apartment tour.",
        "Welcome to another house tour, today we're in Tel Aviv.",
        "שלום חברים, ברוכים הבאים לעוד סיור דירות.",
        "ברוכים הבאים לסיור חדש, היום אנחנו בחיפה.",
        "Добро пожаловать на очередной рум-тур.",
        "أهلا بكم في جولة جديدة، اليوم نحن في حيفا.",
        "Bienvenidos a un nuevo recorrido, hoy estamos en Madrid.",
        "Bienvenue dans une nouvelle visite, aujourd'hui on est à Paris.",
        "Hi guys, welcome to another apartment tour, today we are on the twelfth floor of a luxury tower in Bat Yam"
                + " with a view of the sea.",
        "שלום לכולם, ברוכים הבאים לעוד סיור נכסים, היום אנחנו בפנטהאוז מדהים בצפון תל אביב עם מרפסת ענקית ונוף לים.",
        "Всем привет, добро пожаловать на очередной рум-тур, сегодня мы на двенадцатом этаже новой башни в Бат-Яме"
                + " с видом на море.",
    })
    void aWelcomeToAnotherInstalmentOpensASeries(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Welcome to the new flat! The keys are under the mat, call me if anything's missing.",
        "Welcome home! The keys are under the mat, call me if you need anything.",
        "ברוכים הבאים לדירה החדשה! המפתח אצל השכן, תתקשרו אם חסר משהו.",
        "أهلا بكم في بيتكم الجديد! المفتاح عند الجار، اتصلوا إذا بدكم إشي.",
        "Добро пожаловать в новую квартиру! Ключи у соседа, звоните, если что.",
        "Bienvenidos a su nuevo piso, las llaves están con el portero, llámeme si falta algo.",
    })
    void aCallerWhoWelcomesSomeoneToTheNewFlatPasses(String text) {
        assertPasses(text);
    }
}
