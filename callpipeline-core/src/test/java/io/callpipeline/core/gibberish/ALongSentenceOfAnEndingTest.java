package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ending said in one sentence longer than the short rules read, the kind the seventy-eighth held-back set (English
 * alone) missed: a condition that names the video ("If this video helped you at all") before an order the short rules
 * judge an ending ("give it a thumbs up and share it with a friend who's house hunting"). Cut at its commas, it is one
 * piece judged and one that leans to it, with nothing of a caller's; two judged pieces were needed. The callers beside
 * them speak of the video they were sent in a sentence of their own, or ask for a call.
 */
class ALongSentenceOfAnEndingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "If this video helped you at all, give it a thumbs up and share it with a friend who's house hunting right now",
        "אם הסרטון הזה עזר לכם ולו במעט, תנו לייק ושתפו אותו עם חבר שמחפש עכשיו דירה בתל אביב",
        "Если это видео было вам хоть немного полезно, поставьте лайк и поделитесь им с другом, который ищет квартиру",
        "Si este video les sirvió de algo, denle like y compártanlo con un amigo que esté buscando piso ahora mismo",
        "Si cette vidéo vous a aidé un petit peu, mettez un pouce bleu et partagez-la avec un ami qui cherche un "
                + "logement",
    })
    void aLongSentenceOfAnEndingIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I liked the video you sent about the flat in Haifa, and I shared it with my friend who's looking for a house "
                + "too",
        "If the video helped you understand the kitchen, give me a call and we'll set up a viewing for your friend",
        "הסרטון ששלחת עזר לנו מאוד, שיתפתי אותו עם חבר שמחפש דירה בתל אביב, תחזור אליי",
        "Видео, которое вы прислали, очень помогло, я поделилась им с подругой, она тоже ищет квартиру",
        "Thanks for the video of the apartment, my husband liked it, and we'd like to see it with our friend who's "
                + "moving",
    })
    void aCallerWhoSpeaksOfTheVideoInALongSentencePasses(String text) {
        assertPasses(text);
    }
}
