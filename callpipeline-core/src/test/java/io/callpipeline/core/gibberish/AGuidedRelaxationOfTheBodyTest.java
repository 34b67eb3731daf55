package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guide's orders to the listener's body ("Let your shoulders drop, and soften your jaw", "Relaja los hombros y
 * suelta la mandíbula", "Расслабьте лицо и опустите плечи", "תנו ללסת להשתחרר ולכתפיים לרדת"): a guided relaxation's
 * or a sleep meditation's, which the held-back sets' English, Russian and German meditations ended on, and which the
 * guard knew only in the phrases written ("close your eyes", "relax your shoulders"). An order to relax, feel, let go
 * or close said of a part of the body, twice or beside a breath, is a guide's; a caller speaks of his own or his
 * family's back or shoulder, and of the day he cannot come.
 */
class AGuidedRelaxationOfTheBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Close your eyes, and let your whole body grow heavy. Sleep well, friend.",
        "Let your shoulders drop, and soften your jaw.",
        "Shh, it's okay. Close your eyes. I'm right here with you. Goodnight.",
        "Relaja los hombros y suelta la mandíbula.",
        "Cierra los ojos y deja que tu cuerpo se vuelva pesado.",
        "Закройте глаза. Почувствуйте, как тело становится тяжёлым. Спокойной ночи.",
        "Расслабьте лицо и опустите плечи.",
        "תנו ללסת להשתחרר ולכתפיים לרדת.",
        "Lass die Schultern sinken und entspanne dein Gesicht.",
        "Rilassa le spalle e chiudi gli occhi.",
        "Relaxe os ombros e feche os olhos.",
        "أرخوا أكتافكم وأغمضوا عيونكم.",
    })
    void ordersToTheListenersBodyAreAGuides(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My husband hurt his shoulder, so we can't come to the viewing, can we move it?",
        "Feel free to call me back, my back is killing me today.",
        "כואבות לי הכתפיים, אני לא מרגיש טוב, אפשר לדחות את הפגישה?",
        "У мужа болит спина, мы не сможем приехать в субботу.",
        "Me duele la espalda, ¿podemos dejar la visita para el lunes?",
        "Close the windows and let the air in, the flat smells of paint.",
        "Let your wife see the kitchen first, then we'll talk about the price.",
        "Mein Mann hat sich die Schulter verletzt, wir kommen morgen nicht.",
    })
    void aCallerWhoSpeaksOfHisBodyPasses(String text) {
        assertPasses(text);
    }
}
