package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twenty-sixth held-back set's misses stand for, each in three languages or more (the set's own rows
 * moved to development): a show ended ("And that wraps up today's show", "ובזה אנחנו מסיימים את התוכנית", "نهاية
 * برنامجنا": a show is read as a lesson is, by its end or as the next one), what the audience was watching ("You've
 * been watching…", "Vous regardiez…", going on only to the show's name), a presenter who was with the audience in the
 * feminine ("كانت معكم"), the viewer who made it this far said otherwise ("If you've made it this far"), "bisous", the
 * rights reserved in Amharic. A caller switching among three scripts ("ሰላም, the fridge stays? תודה") was read as
 * Hebrew full of foreign letters.
 */
class TwentySixthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That wraps up tonight's show",
        "ובזה אנחנו מסיימים את התוכנית שלנו",
        "وهنا نصل إلى نهاية البرنامج",
        "На этом наша передача подходит к концу",
        "Así termina el programa de hoy",
        "C'est la fin de l'émission",
        "You've been watching Morning Live",
        "Vous regardiez Les Infos du soir",
        "Estaban viendo Noticias Siete",
        "كانت معكم ليلى، إلى اللقاء",
        "If you've made it this far, leave a like",
        "Si llegaste hasta aquí, suscríbete",
        "Si vous êtes arrivés jusqu'ici, abonnez-vous",
        "À la prochaine, bisous",
        "መብቱ በህግ የተጠበቀ ነው።",
    })
    void theTwentySixthSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ሰላም, the fridge stays? תודה",
        "Привет, the flat on Herzl, תודה",
        "مرحبا، the deposit tomorrow, שלום",
        "You were watching the flat on Sunday, did you like it?",
        "Вы смотрели квартиру на Герцля, как вам?",
        "The show flat was lovely, thanks",
        "התוכנית שלנו היא לעבור בקיץ, תודה",
        "Our plan is to move at the end of the show season",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
