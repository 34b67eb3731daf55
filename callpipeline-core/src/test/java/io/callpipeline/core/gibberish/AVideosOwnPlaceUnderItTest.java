package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place under a video, where a presenter puts his link and asks his audience to write ("בקישור שמתחת לסרטון",
 * "под этим роликом", "sous cette vidéo"): the video's own box as its description and its comments are, said as a
 * place. Only "the video" was read in it, a word a caller says too, so a pointer or an ask that named no other box
 * passed (the hundred-and-fifty-eighth held-back set's Hebrew and Russian rows). A caller writes under a video too, and
 * says that he did; he reads what is written there ("the price under the video is wrong") and is not told to write; a
 * key under the video doorbell is under the doorbell.
 */
class AVideosOwnPlaceUnderItTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "כל הפרטים על הנכס נמצאים בקישור שמתחת לסרטון",
        "כתבו לי מתחת לסרטון איזו דירה אהבתם",
        "תשאירו לי מתחת לסרטון שאלות ואני אענה לכולן",
        "Жду ваших отзывов под этим роликом, какую квартиру снимать дальше",
        "Все подробности по ссылке под роликом",
        "Оставляйте свои вопросы под видео, я на всё отвечу",
        "The link is right under this video.",
        "All the details are in the link below the video.",
        "Let me know below this video which home you'd pick",
        "Écrivez-moi sous cette vidéo quel appartement vous préférez",
        "Dejen sus preguntas debajo del video y las respondo todas",
        "Schreibt mir unter dem Video, welche Wohnung euch gefällt",
        "اكتبولي تحت هالفيديو أي شقة عجبتكم",
        "Sorularınızı videonun altına yazın",
        "Napiszcie pod filmem, które mieszkanie wam się podoba",
    })
    void aPlaceUnderTheVideoIsTheVideos(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I left a comment under your video about the flat in Haifa, did you see it?",
        "The spare key is under the video doorbell, next to the plant",
        "כתבתי לכם תגובה מתחת לסרטון של הדירה בחיפה, ראיתם?",
        "המפתח מתחת לשטיח ליד האינטרקום עם הווידאו",
        "Я оставил комментарий под вашим видео про квартиру, вы видели?",
        "J'ai laissé un commentaire sous votre vidéo de l'appartement, vous l'avez vu ?",
        "Dejé un comentario debajo de su video del piso, ¿lo vieron?",
        "كتبتلكم تعليق تحت الفيديو تبع الشقة، شفتوه؟",
        "מתחת לסרטון כתוב שיש חניה, זה נכון",
        "המחיר שמופיע מתחת לסרטון לא מעודכן",
        "The price under the video is wrong",
        "It says under the video that the flat has parking",
        "Под видео написано, что есть парковка",
        "Цена под видео устарела",
        "Sous la vidéo c'est écrit qu'il y a un parking",
        "Debajo del video dice que hay parking",
        "Unter dem Video steht, dass es einen Parkplatz gibt",
        "The link under the video doesn't work, can you send it again?",
        "הקישור שמתחת לסרטון לא נפתח לי",
        "تحت الفيديو مكتوب إنه في موقف",
    })
    void aCallerWhoWroteOrReadsUnderAVideoOrKeepsAKeyPasses(String text) {
        assertPasses(text);
    }
}
