package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of the fourteenth held-back set's misses at its first scoring, in other words and at least three
 * languages each: a thanks for watching said with the verb's perfective or another form ("посмотрели",
 * "подивилися", "suivi", "por ver"), turning on notifications, "more videos like this", a comment asked for in the
 * singular, a sign-off of regards or a wish for the week, a credit whose label is two credit words before a colon,
 * a long ending closed by a two-word sign-off ("Peace out!"), a Korean goodbye till next time, and French filling
 * words said in pairs ("du coup"). A caller who says the same words about the flat passes.
 */
class FourteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что посмотрели наш ролик до конца",
        "Спасибо, что посмотрели этот выпуск",
        "Дякую, що подивилися наш випуск",
        "Merci d'avoir suivi ce tutoriel jusqu'au bout",
        "Gracias por ver el episodio completo",
        "Mil gracias por ver nuestro canal",
    })
    void aThanksForWatchingInTheVerbsOtherFormsIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "لا تنسوا تشغيل الإشعارات",
        "فعلوا الإشعارات ليصلكم كل جديد",
        "Activez les notifications pour ne rien manquer",
        "Activa las notificaciones para no perderte nada",
        "Ative as notificações do canal",
        "אל תשכחו להפעיל התראה כדי לא לפספס",
    })
    void turningOnNotificationsIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Suscríbete para ver más videos así",
        "Subscribe for more videos like this one",
        "Подписывайтесь, чтобы увидеть больше видео как это",
        "הירשמו לעוד סרטונים כאלה",
        "Abonnez-vous pour plus de vidéos comme celle-ci",
    })
    void moreVideosLikeThisIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Drop a comment below and tell me what you think",
        "Leave a comment and let me know",
        "Write a comment below and share your thoughts",
    })
    void aCommentAskedForInTheSingularIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مع خالص تحياتي، إلى اللقاء",
        "تحياتي لكم جميعا",
        "Hope you all have a lovely weekend, bye bye",
        "Hope you have a great week, take care",
        "С уважением, всем хорошей недели",
        "Bonne semaine à tous, cordialement",
        "Saludos a todos y buena semana",
        "שבוע טוב לכולם, בברכה",
    })
    void aSignOffOfRegardsOrAWishForTheWeekIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Traduction et relecture : la rédaction",
        "Sous-titrage et traduction : l'équipe du site",
        "Translation and subtitles: the volunteers",
        "Traducción y revisión: el equipo",
        "Перевод и редактура: команда проекта",
    })
    void aCreditWhoseLabelIsTwoCreditWordsBeforeAColonIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks so much for watching. Smash that like button and subscribe. Peace out!",
        "Спасибо за просмотр. Ставьте лайки и подписывайтесь. Всем чао!",
        "Merci d'avoir regardé. Abonnez-vous à la chaîne. Bisous tout le monde!",
        "תודה שצפיתם. תעשו לייק ותירשמו לערוץ. נשיקות לכולם!",
    })
    void aLongEndingClosedByAShortSignOffIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "다음 주에 만나요",
        "다음 영상에서 또 만나요",
        "그럼 다음 시간에 만나요",
    })
    void aKoreanGoodbyeTillNextTimeIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Euh... du coup... bah...",
        "Du coup, euh, voilà, bon",
        "Ben du coup... euh...",
    })
    void frenchFillingWordsInPairsAreNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что посмотрели квартиру вчера, перезвоните насчёт договора",
        "Gracias por ver el apartamento conmigo, llámeme mañana",
        "Merci d'avoir suivi notre dossier pour l'appartement, rappelez-moi",
        "J'ai reçu la notification de votre annonce, l'appartement est libre ?",
        "I got a notification about the listing, can we see the flat on Sunday?",
        "Send me more videos of the apartment like this one, please",
        "I left a comment on your listing about the apartment, call me back",
        "Hope you have a great week, and please call me about the contract",
        "С уважением, Игорь. Перезвоните по поводу квартиры",
        "Traduction du contrat : prête demain, je vous rappelle",
        "Peace out, man. The flat on Herzl is great, call me tomorrow",
        "다음 주에 아파트 보러 갈게요, 전화 주세요",
        "Du coup, l'appartement nous plaît, on peut signer lundi ?",
        // the speaker who watched: "we saw" and "you watched" share a form in Russian ("посмотрели")
        "We watched the video, thanks",
        "Мы посмотрели видео, спасибо",
        "אנחנו צפינו בסרטון, תודה",
        "Nous avons regardé la vidéo, merci",
    })
    void aCallerWhoSaysTheseWordsAboutTheFlatIsACall(String text) {
        assertPasses(text);
    }
}
