package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience told to comment, like or follow in every person a language addresses it in, not only the plural the
 * word list first held: Hebrew's and Arabic's feminine singular ("תכתבי לי בתגובות", "اكتبي لي في التعليقات"), Spain's
 * vosotros ("Contadme en los comentarios", "Dadle a like"), French's tu ("Dis-moi en commentaire"). Probed while
 * the hundred-and-forty-ninth set was read (its rows were caught in the plural); the forms come from each language's
 * imperative, not from a set's rows. A caller tells his agent, in the same persons, to write on WhatsApp, to leave a
 * message or to hand the keys over, and the comments he asks to be e-mailed are a lawyer's (which the guard read as a
 * video's in Spanish, French and Russian until an e-mail was a caller's word in every language, as it was in English).
 */
class AnAudienceToldInEveryPersonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תכתבי לי בתגובות מה דעתך",
        "תעקבי אחריי באינסטגרם ותעשי לייק",
        "اكتبي لي في التعليقات رأيك",
        "Contadme en los comentarios qué os ha parecido",
        "Dadle a like si os ha gustado",
        "Dis-moi en commentaire ce que tu en penses",
    })
    void anAudienceToldInTheSingularOrTheFamiliarIsAVideosEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תכתבי לי בוואטסאפ את הכתובת של הדירה",
        "תשאירי לי הודעה אם הבעלים מסכים למחיר",
        "اكتبي لي العنوان على الواتساب من فضلك",
        "Contadme qué os pareció el piso cuando lo veáis",
        "Dadle las llaves al portero, por favor",
        "Dis-moi quand tu es libre pour la visite",
        "Escribidme un correo con los comentarios del abogado",
        // a defect this test found: a lawyer's comments sent by e-mail were a video's in Spanish, French and Russian
        "Escríbeme un correo con los comentarios del abogado",
        "Écrivez-moi un mail avec les commentaires de l'avocat",
        "Напишите мне письмо с комментариями юриста",
        "תכתוב לי את ההערות שלך על החוזה",
    })
    void aCallerWhoTellsHisAgentInTheSamePersonsPasses(String text) {
        assertPasses(text);
    }
}
