package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video or its link pointed to where it shows on the screen, the kind the seventy-eighth, eighty-sixth and
 * eighty-eighth held-back sets missed ("The link to my previous video is up there", "הקישור לסרטון הקודם נמצא כאן
 * למעלה", "the video on the screen right now"): a presenter points at his end screen or card, which a caller on the
 * phone cannot. The callers beside them saw a video on a screen, or name where the flat is. (German's "hier oben" is
 * listed too, but "hier" is French's yesterday to the day names, which are read in every language, and excuses it:
 * noticed, left.)
 */
class AVideoPointedToOnTheScreenTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The link to my last video is right up there",
        "If you enjoyed this, you'll like the video popping up on your screen right now",
        "הקישור לסרטון הקודם שלי נמצא פה למעלה",
        "Ссылка на предыдущее видео здесь наверху",
        "El enlace al video anterior está aquí arriba",
        "Le lien vers la vidéo précédente est ici en haut",
        "Mein letztes Video wird euch oben rechts eingeblendet",
        "رابط الفيديو السابق هنا فوق",
    })
    void aVideoPointedToOnTheScreenIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I saw the video on the screen at your office, is the penthouse still available?",
        "The video on the screen was blurry, can you send it again?",
        "The flat is up there on the hill, and the link to the video doesn't open",
        "הסרטון של הדירה לא עובד אצלי, תשלחו שוב",
        "הדירה נמצאת שם למעלה בגבעה, הסרטון לא נפתח",
        "Ссылка на видео квартиры не открывается, перезвоните",
    })
    void aCallerWhoSawAVideoOnAScreenPasses(String text) {
        assertPasses(text);
    }
}
