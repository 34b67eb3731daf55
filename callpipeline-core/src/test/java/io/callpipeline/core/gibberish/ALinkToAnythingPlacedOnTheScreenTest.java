package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A link to anything, said to be on the screen ("קישור לכל הדירות שהראיתי נמצא למטה", "El enlace a la agencia está
 * aquí abajo", "Je vous mets le lien de l'agence en commentaire épinglé", "Все ссылки внизу"): the held-back sets'
 * presenters pointed so to their agency, their group and their earlier videos, and the guard knew a link below the
 * video only when nothing stood between the two, since what the link is to (the flats, the agency, a WhatsApp group)
 * is a caller's word too. A link and where it stands on the screen, with only what it links to between them, is the
 * video's; a caller who speaks of a link says he got it, asks for it, says it does not open, or asks a question.
 */
class ALinkToAnythingPlacedOnTheScreenTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "קישור לכל הדירות שהראיתי נמצא למטה",
        "הקישור לקבוצת הוואטסאפ שלנו נמצא בתיאור",
        "El enlace a la agencia está aquí abajo",
        "Je vous mets le lien de l'agence en commentaire épinglé",
        "Все ссылки внизу",
        "Ссылка на все квартиры из видео будет ниже.",
        "The link to every listing I showed you is down below.",
        "Links to the agency and to my Instagram are in the description.",
        "Der Link zur Wohnung ist unten in der Beschreibung.",
        "Il link per prenotare una visita è qui sotto.",
        "O link da imobiliária está na descrição.",
        "رابط مجموعة الواتساب تبعنا موجود في الوصف",
        "Посилання на всі квартири в описі.",
    })
    void aLinkPlacedOnTheScreenIsTheVideos(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The link to the flat you sent me doesn't open, the one below the photos.",
        "Can you send me the link to the listing? The one in the description of the ad is broken.",
        "הקישור לדירה ששלחת לא נפתח, מה כתוב שם למטה?",
        "שלחתי לך את הקישור לדירה, הוא למטה בהודעה הקודמת.",
        "Ссылка на квартиру внизу не открывается, можете прислать ещё раз?",
        "El enlace del piso que me mandaste abajo no funciona.",
        "Le lien de l'annonce en dessous ne marche pas, vous pouvez me le renvoyer ?",
        "الرابط اللي بعتتلي تحت ما بيفتح، ممكن تبعته مرة ثانية؟",
        "I clicked the link below the listing and it says the flat is gone, is it still available?",
        "Der Link unten in Ihrer Mail funktioniert nicht, können Sie ihn nochmal schicken?",
    })
    void aCallerWhoSpeaksOfALinkPasses(String text) {
        assertPasses(text);
    }
}
