package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who tells what people wrote in the comments of the listing's video ("אנשים כתבו בתגובות שיש רעש מהכביש",
 * "Die Leute schreiben in den Kommentaren, dass es laut ist", "Someone wrote in the comments that the price dropped"):
 * the comments and a form an order also has (Hebrew's "כתבו" is "write!" and "they wrote", German's "schreiben", and
 * English's "dropped" read as "drop") made a video's ask to comment, so these callers were judged in five languages
 * when the session's callers were probed (2026-12-07). After people or someone, the form is their deed, and English's
 * orders are read as the whole words they are. A video tells its audience to write, and thanks those who did.
 */
class WhatOthersWroteInTheCommentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "אנשים כתבו בתגובות שיש רעש מהכביש",
        "אנשים כתבו מתחת לסרטון שיש רעש מהכביש",
        "Люди пишут под видео, что там шумно",
        "Die Leute schreiben in den Kommentaren, dass es laut ist",
        "Someone wrote in the comments that the price dropped",
        "The price dropped, I saw it in the comments",
        "People write in the comments that it's noisy",
        "الناس كتبوا بالتعليقات إنه في رطوبة",
        "La gente escribe en los comentarios que hay humedad",
    })
    void aCallerWhoTellsWhatOthersWrotePasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "כתבו בתגובות איזו שכונה אתם רוצים שנבדוק",
        "Schreibt in die Kommentare, welche Stadt als Nächstes kommt",
        "Drop a comment below and tell me what you think",
        "Пишите под видео, какой район снять дальше",
        "اكتبوا بالتعليقات شو الحي اللي بدكم نزوره",
    })
    void theAudienceToldToWriteIsStillAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
