package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endings of channels beside a caller's world (a renovation, a move, a lease's questions, a new neighbourhood's
 * vlog), the fifty-fifth held-back set's misses and their kin: a question asked of the audience and answered in the
 * comments ("Questions about your lease? Drop them in the comments"), a vlog that was, with its goodbye, a "see you"
 * or a "don't miss it" after the next video in the words the lists lacked ("ניפגש בסרטון הבא", "ne la ratez pas").
 * A caller who asks his own question, says he wrote a comment, meets at the flat or missed a call passes.
 */
class ChannelsBesideACallersWorldTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "שאלות על המשכנתא? כתבו לנו בתגובות",
        "Any questions about renting? Leave them in the comments below",
        "Есть вопросы по аренде? Пишите в комментариях",
        "Des questions sur le bail ? Écrivez-les en commentaire",
        "¿Dudas sobre el alquiler? Déjalas en los comentarios",
        "عندكم أسئلة عن الإيجار؟ اكتبوها بالتعليقات",
        "וזה היה הוולוג של היום מהדירה החדשה, ביי ביי",
        "That was today's vlog from the new flat, bye guys",
        "Это был влог из нашей новой квартиры, пока-пока",
        "תודה שצפיתם בשיפוץ הדירה, ניפגש בסרטון הבא",
        "Dans la prochaine vidéo, je vous montre la cuisine de l'appartement, ne la ratez pas",
    })
    void anEndingBesideACallersWorldIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Is the flat still free? I wrote in the comments but no one answered",
        "ראיתם את השאלה שלי? כתבתי לכם בתגובות על הדירה בהרצל",
        "Вы видели мой вопрос? Я написал в комментариях про квартиру",
        "ניפגש בדירה ביום שלישי, ביי",
        "ניפגש מחר בחתימה, תודה על הכל",
        "J'ai raté votre appel, rappelez-moi pour l'appartement",
        "That was the flat I wanted, bye",
    })
    void aCallerWhoSaysTheirWordsPasses(String text) {
        assertPasses(text);
    }
}
