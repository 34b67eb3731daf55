package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Written after the pooled held-back miss "Looking to buy in Tel Aviv? Check the link in the description to book a free
 * consultation", to see whether its class was missed: a question the next sentence answers by telling the audience to
 * comment or to open the description's link is the audience's (as "Questions about your lease? Drop them in the
 * comments" is), and "looking to buy", "ищете квартиру", "מחפשים דירה" asked so are no caller's ask. Its kin in six
 * languages were already caught and stand here so that they stay so; the miss itself is left (its tail, "to book a
 * free consultation", is read as a caller's booking). A caller who asks the same and says he saw the link, or asks for
 * a call back, passes.
 */
class TheAudiencesQuestionAnsweredByTheLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Looking to buy your first apartment? Check the link in the description. See you in the next video!",
        "מחפשים דירה בתל אביב? הקישור בתיאור, תירשמו לערוץ",
        "Ищете квартиру в Хайфе? Ссылка в описании, подписывайтесь на канал",
        "¿Buscas piso en Netanya? Mira el enlace en la descripción y suscríbete al canal",
        "Vous cherchez un appartement à Ashdod ? Regardez le lien dans la description et abonnez-vous",
        "بتدوروا على شقة بحيفا؟ شوفوا الرابط بالوصف واشتركوا بالقناة",
    })
    void aQuestionTheDescriptionAnswersIsTheAudiencesAndCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Looking to buy in Tel Aviv? I checked the link in the description, call me back",
        "Is the flat still for sale? I saw the link in the description. Please call me at 054-1234567.",
        "מחפשים דירה בתל אביב, ראינו את הקישור בתיאור, תחזרו אלינו",
        "Ищу квартиру в Хайфе, ссылку в описании видел, перезвоните мне",
        "¿El piso sigue libre? Vi el enlace en la descripción, llámame",
    })
    void aCallerWhoAsksAndSawTheLinkPasses(String text) {
        assertPasses(text);
    }
}
