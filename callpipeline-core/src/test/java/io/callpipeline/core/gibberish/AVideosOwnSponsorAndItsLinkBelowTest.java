package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's own sponsor, described at any length ("הסרטון בחסות חברת המשכנתאות הכי טובה בארץ", "This video is
 * sponsored by the best mortgage company in the country"), and its link pointed to below it ("הקישור נמצא כאן למטה",
 * "Ссылка здесь внизу"): the ninety-seventh held-back set's Hebrew said both, and the guard knew a sponsor only by a
 * name of a few words and a pointer only above the video. A caller asks whom the flat's video was made by, or is
 * downstairs.
 */
class AVideosOwnSponsorAndItsLinkBelowTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הסרטון הזה בחסות חברת הביטוח הגדולה והמוכרת בישראל",
        "This video is sponsored by the biggest moving company in the whole country",
        "Это видео при поддержке самого надёжного банка в нашей стране",
        "Cette vidéo est sponsorisée par la meilleure agence de déménagement du pays",
        "هذا الفيديو برعاية أفضل شركة تأمين في البلاد كلها",
    })
    void aVideosOwnSponsorDescribedIsAnAdvertisement(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "הקישור נמצא כאן למטה",
        "Ссылка здесь внизу",
        "El enlace está aquí abajo",
        "Le lien est juste en dessous",
        "الرابط تحت الفيديو",
    })
    void aLinkPointedToBelowTheVideoIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The video of the flat was sponsored by the developer? Call me",
        "ראיתי שהסרטון בחסות חברת הבנייה, תחזור אליי בבקשה",
        "המפתח נמצא למטה אצל השומר",
        "I'm waiting down below at the entrance, call me",
        "Я жду внизу у подъезда, перезвоните",
        "הלינק ששלחת נמצא למטה בהודעה? לא מוצא אותו",
        "ראיתי את הסרטון, אני מחכה פה למטה",
    })
    void aCallerOnTheVideosMakerOrDownstairsPasses(String text) {
        assertPasses(text);
    }
}
