package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventieth held-back set's "Want to work with me? Send me a DM on Instagram, the link is in my bio" and
 * "רוצים לעבוד איתי? שלחו לי הודעה באינסטגרם, הקישור בביו": a channel offers its audience its contact and points to
 * the link in its profile's bio. The question is the audience's, answered by the pointer, and "send me a message" is
 * the presenter's, which a caller's words would excuse; but no caller says where his own bio keeps its link. A caller
 * who found the link in the agent's bio broken, or asks for a message, passes.
 */
class TheLinkInTheBioTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Want a free consultation? DM me on Instagram, link in my bio.",
        "Looking for a flat in Haifa? Send me a message, the link is in my bio.",
        "מחפשים דירה? שלחו לי הודעה, הלינק בביו",
        "Ищете квартиру? Пишите мне в директ, ссылка в шапке профиля.",
        "¿Buscas piso? Escríbeme por Instagram, el enlace está en mi bio.",
        "Vous cherchez un appartement ? Écrivez-moi, le lien est dans ma bio.",
        "بتدوروا على شقة؟ ابعتولي رسالة، الرابط بالبايو",
    })
    void aContactOfferedWithTheLinkInTheBioIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I saw your Instagram, the link in your bio doesn't open, can you send me the listing?",
        "היי, הלינק בביו שלך לא עובד, תשלח לי את הפרטים בוואטסאפ",
        "Здравствуйте, ссылка в вашем профиле не открывается, пришлите адрес квартиры.",
        "I put the link to the listing in my bio like you asked, call me when you see it.",
        "Looking for a flat? Yes, I am, send me a message with the price please.",
    })
    void aCallerWhoSpeaksOfTheAgentsBioPasses(String text) {
        assertPasses(text);
    }
}
