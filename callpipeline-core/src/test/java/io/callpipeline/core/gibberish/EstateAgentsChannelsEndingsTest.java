package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ending of an estate agents' or a mortgage channel's video, whose words are a caller's (a flat's tour, its price,
 * a mortgage, the link to leave details): the fifty-fourth held-back set's class, which passed 17 of 23 times because a
 * caller's word excused any ending. Such an ending tells its audience to like, subscribe or stay tuned, names the next
 * video, or thanks it for watching and says goodbye till the next one; a caller who names the same flat says what he
 * saw, did or wants (he subscribed, call him back, a day to meet) and passes.
 */
class EstateAgentsChannelsEndingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "אם אהבתם את הסיור בדירה, תנו לייק והירשמו לערוץ",
        "אל תשכחו להירשם לערוץ כדי לראות עוד דירות למכירה",
        "הלינק לכל הדירות נמצא בתיאור, אל תשכחו להירשם",
        "כל הפרטים על הדירה בלינק שבתיאור, תנו לייק והירשמו",
        "If you liked this condo tour, hit subscribe and turn on notifications",
        "Thanks for watching this apartment tour, see you in the next one",
        "In next week's video we'll look at mortgage rates, so stay tuned",
        "Если понравилась квартира, ставьте лайк и подписывайтесь на канал",
        "لا تنسوا الاشتراك بالقناة لمشاهدة المزيد من الشقق",
        "Si te gustó este departamento, dale like y suscríbete para más recorridos",
        "Dans la prochaine vidéo, on parle de l'achat d'un appartement, restez connectés",
        "Vergesst nicht, den Kanal zu abonnieren, für mehr Wohnungstouren",
        "Não esquece de se inscrever no canal pra ver mais apartamentos",
    })
    void anEndingAboutAFlatIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "נרשמתי לערוץ שלכם אחרי הסיור בדירה, אפשר פרטים על הדירה בהרצל?",
        "ראיתי בתיאור של הסרטון שהדירה עוד פנויה, תחזרו אליי",
        "תודה על הסיור בדירה, נתראה בחתימה ביום ראשון",
        "I subscribed to your channel after the condo tour, is that apartment still for sale?",
        "I liked the apartment in the tour a lot, can you call me about the price?",
        "Thanks for showing us the apartment, see you at the signing",
        "Я подписался на ваш канал, понравилась квартира из обзора, перезвоните мне",
        "اشتركت بقناتكم وشفت جولة الشقة، بدي أعرف السعر",
        "Le di like al video del departamento, ¿me pueden llamar por el precio?",
        "Je me suis abonné à votre chaîne, l'appartement de la visite m'intéresse, rappelez-moi",
        "Ich habe Ihren Kanal abonniert, die Wohnung aus der Tour gefällt mir, rufen Sie mich an",
    })
    void aCallerWhoSawTheChannelAndNamesTheFlatPasses(String text) {
        assertPasses(text);
    }
}
