package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's close pointed at itself, "with this we end…" ("Con esto cerramos la visita al ático", "בזה אנחנו
 * מסיימים את הסיור בדירה", "На этом наш вебинар завершён", "وبهيك منكون خلصنا الجولة بالبيت"): whatever it closes, the
 * flat's tour among them, the words that point at the programme itself and close it are a presenter's. The held-back
 * sets' tours and classes closed so in Spanish, Arabic, Hebrew and Russian, and the guard read the flat they toured as
 * a caller's. A caller closes a deal or a contract, tells what he finished ("we finished the tour yesterday"), asks,
 * or asks for something.
 */
class WithThisWeCloseTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Con esto cerramos la visita al ático, gracias por acompañarnos.",
        "בזה אנחנו מסיימים את הסיור בדירה, תודה שצפיתם.",
        "На этом наш вебинар завершён, всем спасибо.",
        "На этом мы заканчиваем обзор квартиры.",
        "وبهيك منكون خلصنا الجولة بالبيت، شكرا إلكم.",
        "Avec ça, on termine la visite de la maison.",
        "Damit beenden wir unseren Rundgang durch die Wohnung.",
        "Con questo chiudiamo il tour dell'appartamento.",
        "Com isso encerramos o tour pelo apartamento.",
        "And with that, we wrap up today's tour of the penthouse.",
        "With this we close the seminar for tonight.",
    })
    void aCloseThatPointsAtItselfIsAPresenters(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "With this we close the deal on the flat, thank you.",
        "בזה אנחנו סוגרים את העסקה על הדירה, תודה.",
        "Con esto cerramos el contrato del piso, gracias.",
        "На этом мы закрываем сделку по квартире, спасибо.",
        "We finished the tour of the flat yesterday, we liked it.",
        "With this, can we finish the paperwork for the flat tomorrow?",
        "Damit beenden wir den Mietvertrag, bitte rufen Sie mich an.",
        "Avec ça, on termine la visite, vous pouvez me rappeler demain ?",
    })
    void aCallerWhoClosesADealPasses(String text) {
        assertPasses(text);
    }
}
