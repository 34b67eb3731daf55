package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who names the agent's video, stream or programme as the agent's ("your stream", "השידור החי שלך", "ваш
 * стрим") beside his greeting and goodbye, which were read as a stream's welcome and its goodbye till the next one: a
 * grid of callers who mention a video found them in five languages (2026-12-08). A presenter's own video, and the
 * audience's podcasts wherever it gets them, stay an ending's.
 */
class TheListenersOwnTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello, it's Dan. My wife saw your stream yesterday. Bye.",
        "הלו, זה שוב אני, אשתי ראתה את השידור החי שלך אתמול, תודה, ביי.",
        "Здравствуйте, это Марк. Жена смотрела ваш стрим вчера. Очень помогло. Вы молодцы. Пока-пока",
        "Oye, habla Raquel de Herzliya, mi mujer vio tu directo anoche, sois geniales, chao chao.",
        "Salut, ici Dan. Ma femme a vu votre live hier soir. Bonne journée.",
    })
    void theListenersVideoIsACallers(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello everyone and welcome back to my stream, bye",
        "Please rate, review and subscribe wherever you get your podcasts.",
        "Привет всем, добро пожаловать на мой канал, пока",
        "שלום לכולם וברוכים הבאים לערוץ שלי, ביי",
        "Всем привет, с вами наш канал",
    })
    void aPresentersOwnVideoIsStillAnEndings(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
