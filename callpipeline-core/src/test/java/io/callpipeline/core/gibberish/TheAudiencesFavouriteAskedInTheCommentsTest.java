package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An order to comment that asks the audience's favourite ("Drop a comment below letting me know which house was your
 * favorite"): the presenter's "me" is told what the audience liked, as its opinion is, which the ninety-fourth
 * held-back set's English missed (its other languages were caught before). A caller who asks to be told something
 * asks about the flat, or says what he himself liked.
 */
class TheAudiencesFavouriteAskedInTheCommentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Drop a comment below and tell me which kitchen was your favourite",
        "Leave a comment below and tell me which apartment you liked the most",
        "Drop a comment down below letting me know which villa you enjoyed the most",
        "Écrivez-moi en commentaire quelle maison vous a plu le plus",
        "Напишите мне в комментариях, какая квартира вам понравилась больше всего",
        "כתבו לי בתגובות איזה בית הכי אהבתם",
        "Déjenme en los comentarios cuál casa les gustó más",
    })
    void theAudiencesFavouriteAskedInTheCommentsIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I left a comment below your post, tell me which house is still available",
        "We liked the apartment, drop me a comment on WhatsApp and tell me when we can come",
        "My favorite was the second flat, leave me a message and tell me the price",
        "I enjoyed the tour, leave me a comment and tell me the price",
        "כתבתי לך תגובה בפוסט, תגיד לי איזה בית עוד פנוי",
    })
    void aCallerWhoAsksToBeToldAboutTheFlatPasses(String text) {
        assertPasses(text);
    }
}
