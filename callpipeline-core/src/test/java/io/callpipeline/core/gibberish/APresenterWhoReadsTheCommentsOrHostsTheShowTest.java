package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two of a presenter's own lines the English-alone held-back sets (the seventy-eighth and the eighty-eighth) missed,
 * in the languages that say them: that he reads or answers every comment ("I try to reply to every comment", "אני
 * קורא כל תגובה", "Я читаю все комментарии"), a habit only a channel has, and that he is the show's host ("I'm your
 * host, Rachel", "אני המנחה שלכם", "Я ваш ведущий"). The callers beside them left a comment, read the comments under a
 * listing once, or host an open house.
 */
class APresenterWhoReadsTheCommentsOrHostsTheShowTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "I try to reply to every comment, so don't be shy",
        "Comment below which country you're watching from, I read every comment",
        "אני קורא כל תגובה, אז תכתבו לי",
        "אני עונה על כל התגובות, אז אל תתביישו",
        "Я читаю все комментарии, так что пишите",
        "Я отвечаю на каждый комментарий, не стесняйтесь",
        "Leo todos los comentarios, así que escríbanme",
        "Je réponds à tous vos commentaires, alors n'hésitez pas",
        "Ich lese jeden Kommentar, also schreibt mir",
        "أنا أقرأ كل التعليقات، فلا تترددوا",
    })
    void aPresenterWhoReadsEveryCommentIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey there, and welcome to the show. I'm your host, Rachel.",
        "שלום לכולם, אני המנחה שלכם, דנה",
        "Добрый вечер, я ваш ведущий Алексей",
        "Buenas noches, soy su presentador, Carlos",
        "Bonsoir, je suis votre animateur, Paul",
        "Hallo zusammen, ich bin euer Moderator Jonas",
    })
    void aHostWhoIntroducesHimselfIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I left a comment under your video about the flat in Haifa, did you see it?",
        "I read all the comments on the listing, people say the building is noisy, call me",
        "היי, השארתי תגובה מתחת לסרטון של הדירה, תחזרו אליי",
        "Здравствуйте, я оставила комментарий под видео про квартиру, перезвоните",
        "Hi, I'm hosting the open house on Friday, can you bring the keys?",
        "Hola, leí los comentarios del anuncio del piso, ¿está disponible?",
    })
    void aCallersCommentOrHostingPasses(String text) {
        assertPasses(text);
    }
}
