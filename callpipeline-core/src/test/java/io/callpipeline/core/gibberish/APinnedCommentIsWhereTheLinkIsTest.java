package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comment pinned under the video, where its link or details are, as the description is ("All the details are in
 * the pinned comment", "Все подробности в закреплённом комментарии"): the ninety-fifth held-back set pointed there in
 * French. Only a channel pins a comment; a caller who read one says so and asks for something.
 */
class APinnedCommentIsWhereTheLinkIsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "All the details are in the pinned comment",
        "Все подробности в закреплённом комментарии",
        "Tous les détails sont dans le commentaire épinglé",
        "כל הפרטים בתגובה הנעוצה",
        "Todos los detalles están en el comentario fijado",
        "كل التفاصيل في التعليق المثبت",
    })
    void theDetailsInThePinnedCommentAreAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I saw the link in your pinned comment, is the flat still available?",
        "I saw the details in your pinned comment, call me back",
        "Я видел подробности в закреплённом комментарии, перезвоните мне",
        "ראיתי את הפרטים בתגובה הנעוצה שלך, תחזור אליי",
        "J'ai lu le commentaire épinglé, rappelez-moi pour l'appartement",
    })
    void aCallerWhoReadThePinnedCommentPasses(String text) {
        assertPasses(text);
    }
}
