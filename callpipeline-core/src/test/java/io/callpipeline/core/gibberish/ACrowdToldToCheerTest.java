package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crowd told to cheer or applaud ("Put your hands together for…", "תנו כפיים", "Давайте поаплодируем", "Un fuerte
 * aplauso para…"): a show's host, a ceremony's, a concert's, whose stage Whisper writes over a recording's silence as
 * it writes a video's end. No caller asks his agent for applause; a caller who speaks of the neighbours' noise or of a
 * clap of thunder goes on about the flat.
 */
class ACrowdToldToCheerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Put your hands together for the one and only Dana Levi!",
        "Ladies and gentlemen, a big round of applause!",
        "תנו כפיים!",
        "Давайте поаплодируем нашему гостю!",
        "Et on applaudit bien fort notre invitée !",
        "¡Un fuerte aplauso para nuestros invitados!",
        "صفقوا له بحرارة!",
        "Un bell'applauso per il nostro ospite!",
        "Einen großen Applaus für unseren Gast!",
        "Uma salva de palmas para a nossa convidada!",
    })
    void aCrowdToldToCheerIsAShowsLine(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The neighbours clapped and made noise all night, can the owner fix the windows?",
        "השכנים מחאו כפיים כשהגענו, הבניין ממש נחמד, אפשר לחתום ביום ראשון?",
        "Там аплодисменты были слышны из соседнего зала, квартира шумная.",
        "Il y avait du bruit toute la nuit, on peut voir un autre appartement mardi ?",
        "When you get there, make some noise at the gate, the bell is broken.",
        "Los vecinos aplaudieron cuando firmamos, ¿cuándo me das las llaves?",
    })
    void aCallerSpeakingOfNoiseOrApplausePasses(String text) {
        assertPasses(text);
    }
}
