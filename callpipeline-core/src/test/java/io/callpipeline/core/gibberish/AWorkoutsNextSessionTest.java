package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A class's goodbye till its next session by the kind it is ("see you at the next workout", "à la prochaine séance",
 * "bis zum nächsten Training", "até o próximo treino"): the held-back sets' coaches closed their workouts so, and the
 * guard knew a session as a lesson, a lecture or a webinar only, so the goodbye stood alone among a coach's words. A
 * caller names his own workout or training to move a viewing, with the hour or the day he can.
 */
class AWorkoutsNextSessionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Great job today, everyone. Don't forget to stretch, and I'll see you at the next workout.",
        "Bravo à tous, on se retrouve à la prochaine séance !",
        "À la prochaine séance, tout le monde !",
        "Super gemacht heute, bis zum nächsten Training!",
        "Ótimo trabalho, pessoal, até o próximo treino!",
        "Good work, team, see you at the next rehearsal.",
    })
    void aGoodbyeTillTheNextSessionIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have a workout at six, can we see the flat at eight?",
        "J'ai une séance de kiné à 18h, on peut visiter à 20h ?",
        "Ich habe Training bis sieben, können wir die Wohnung danach sehen?",
        "Tenho treino até às sete, podemos ver o apartamento depois?",
        "After the next rehearsal I'll come to sign, Thursday at five.",
        "See you at the next viewing then, after my workout on Sunday.",
    })
    void aCallersOwnWorkoutPasses(String text) {
        assertPasses(text);
    }
}
