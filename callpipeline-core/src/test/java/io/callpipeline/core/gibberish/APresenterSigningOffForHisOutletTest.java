package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter who signs off in the past tense with his name and the outlet he speaks for ("Until next time, this has
 * been Mark with Jerusalem Homes", "C'était Julien Martin pour France Info", "Это был Андрей Петров для «Квартирного
 * вопроса»"), or names himself and then the show that has been ("I'm Jenna, and this has been Cold Files"): the
 * held-back sets' English podcasts and reporters ended so, and the guard knew a sign-off only when the show's name held
 * a programme's word ("News", "episode"). A caller introduces himself in the present ("This is Mark with Jerusalem
 * Homes") and goes on to why he calls; one who says who it was goes on to what that person said, asks or names a day.
 */
class APresenterSigningOffForHisOutletTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Until next time, this has been Mark with Jerusalem Homes.",
        "This has been Sarah Cohen for Channel 12 News.",
        "If you have any information about this case, please contact the sheriff's office. I'm Jenna, and this has"
                + " been Cold Files.",
        "This was Dana Levi for Homes TV, see you next week.",
        "C'était Julien Martin pour France Info.",
        "Esto fue Ana García para Radio Nacional.",
        "Das war Thomas Müller für den WDR.",
        "Era Marco Rossi per Radio Italia.",
        "Este foi João Silva para a Rádio Nova.",
        "Это был Андрей Петров для «Квартирного вопроса».",
        "Je suis Claire Dubois, et c'était Maisons et Jardins.",
    })
    void aSignOffForAnOutletIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, this is Mark with Jerusalem Homes, I'm calling about the flat on Herzl.",
        "This was Dana from Remax, call me back when you can.",
        "That was Mark from the bank, he says the mortgage is approved.",
        "This has been Tom's flat for ten years, he wants two million.",
        "C'était Julien de l'agence, il m'a dit que l'appartement est libre.",
        "Das war Herr Müller von der Bank, er ruft Sie morgen an.",
        "Это был Андрей из агентства, он сказал, что квартира свободна.",
        "Esto fue Ana de la inmobiliaria, ¿me puede llamar?",
        "Was that Mark with Jerusalem Homes who called me yesterday?",
        "I'm Dana, and this has been a nightmare with the landlord.",
    })
    void aCallerWhoSaysWhoItWasPasses(String text) {
        assertPasses(text);
    }
}
