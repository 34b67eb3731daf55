package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video asks its audience to share it with others, and says who they are: "friends who are looking for a flat",
 * "עם כל מי שמתכנן לקנות דירה", "тем, кто собирается снимать квартиру". The forty-ninth held-back set's one miss was such
 * an ending, read as a caller's for its flat. The flat there is the audience's friends', not the speaker's: the words
 * of a clause that describes whom to share with are read as the audience's purpose is. A caller who shared the video
 * himself or asks about it speaks of his own flat, and passes. An order to send the video ("Send this video to anyone
 * who…", "שלחו את הסרטון") is not read so: "send" is a caller's asking for the video, and is left.
 */
class TheAudiencesFriendsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "אם הסרטון עזר לכם, שתפו אותו עם חברים שמחפשים דירה",
        "שתפו את הסרטון עם כל מי שמתכנן לקנות דירה השנה",
        "If this video helped, share it with a friend who is looking for an apartment",
        "Share this video with anyone who is renting an apartment for the first time",
        "Поделитесь этим видео с друзьями, которые ищут квартиру",
        "Поделитесь видео с теми, кто собирается снимать квартиру",
        "شاركوا الفيديو مع أصحابكم اللي بدوروا على شقة",
        "Partagez cette vidéo avec vos amis qui cherchent un appartement",
        "Comparte este video con tus amigos que buscan departamento",
        "Compartilhe este vídeo com amigos que procuram apartamento",
    })
    void anEndingThatNamesWhomToShareWithIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I shared the video with my friend who is looking for an apartment, he'll call you",
        "Can you share the video with my wife? She is looking for an apartment too",
        "שיתפתי את הסרטון עם חבר שמחפש דירה, הוא יתקשר אליך",
        "Я поделился видео с другом, который ищет квартиру, он вам позвонит",
        "Comparte el video con mi esposa que busca departamento, por favor",
        "שלח את הסרטון לאשתי שמחפשת דירה, תודה",
        "שיתפתי את הסרטון עם חבר שמחפש דירה",
        "I shared the video with a friend who is looking for an apartment",
    })
    void aCallerWhoSharesTheVideoPasses(String text) {
        assertPasses(text);
    }
}
