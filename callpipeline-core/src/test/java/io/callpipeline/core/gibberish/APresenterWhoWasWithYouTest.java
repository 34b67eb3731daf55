package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter who signs off by name and names the programme ("كانت معكم سارة من برنامج صباح الخير", "С вами была
 * Марина и программа «Новости недвижимости»"): the held-back sets' Arabic and Russian hosts closed so, and the guard
 * read the sign-off as the audience's phrase only, one idea, whose programme's name (real estate, a morning) was a
 * caller's words. Beside a programme, a lesson or a show it names, the sign-off ends it. A caller who says who was
 * with him asks about it or names his own business's day. Left: a title whose words past the first are written in
 * lower case ("für die Sendung Wohnen heute", "audycja Dom i ogród") is read as a caller's day and garden, and
 * Ukrainian's "програма" (a plan, a program too) is no programme's word.
 */
class APresenterWhoWasWithYouTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "كانت معكم ليلى من برنامج عالم العقارات",
        "С вами была Анна и передача «Квартирный вопрос».",
        "З вами була Олена і передача «Житло сьогодні».",
        "Les habló Carlos Pérez desde el programa Casa Nueva.",
    })
    void aPresentersSignOffBesideTheProgrammeEndsIt(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "كان معكم أحمد من المكتب امبارح؟ بدي أحكي معه عن برنامج الدفع.",
        "С вами была Анна из агентства, она обещала прислать программу ремонта к четвергу.",
        "Les habló Carlos de la agencia sobre el programa de pagos, ¿me puede llamar?",
        "Am Mikrofon war ich nicht, aber das Programm für die Besichtigung am Montag steht.",
    })
    void aCallerSayingWhoWasWithHimPasses(String text) {
        assertPasses(text);
    }
}
