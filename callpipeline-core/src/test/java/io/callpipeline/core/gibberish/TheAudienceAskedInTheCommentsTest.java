package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventieth held-back set's "Drop a comment below and tell me which neighbourhood you want me to cover next" and
 * "Dites-moi en commentaire de quelle ville vous nous regardez", and the pooled "Comment which city you're watching
 * from": the audience asked, in the comments, where it watches from or what the presenter should do next. The comments
 * and the watching together are a video's; "me" beside a request to comment is the presenter who reads them, and
 * "nous" after "vous" is whom the audience watches, not who speaks. A caller who commented on a listing, or asks an
 * agent to tell him something, passes.
 */
class TheAudienceAskedInTheCommentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // the comments and the watching
        "Comment which country you're watching from",
        "Dites-nous en commentaire d'où vous nous regardez.",
        "Kommentiert, aus welcher Stadt ihr uns zuschaut.",
        // the next one chosen in the comments, the presenter's "me"
        "Leave a comment telling me which neighbourhood I should tour next.",
        "כתבו לי בתגובות איזו שכונה אתם רוצים שאבקר בה בפעם הבאה",
        "Напишите в комментариях, какой район мне показать в следующий раз.",
    })
    void theAudienceAskedInTheCommentsIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My son watched the video and left a comment, can you tell me if the flat is free?",
        "Drop me a line and tell me when you want me to come, I'm free on Sunday.",
        "I left a comment under the listing I was watching, tell me if it's still available.",
        "Vous nous regardez depuis la fenêtre ? On est devant l'immeuble.",
        "Comment on the contract and tell me what you want me to change, I'll sign tomorrow.",
        "Escribí un comentario en el anuncio, dime si me puedes enseñar el piso.",
    })
    void aCallerWhoCommentedOrAsksPasses(String text) {
        assertPasses(text);
    }
}
