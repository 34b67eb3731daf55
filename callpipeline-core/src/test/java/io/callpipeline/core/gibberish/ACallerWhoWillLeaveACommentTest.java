package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who says he will leave or write a comment on the agency's video ("I'll leave a comment on the video
 * tonight", "אני אכתוב לכם תגובה בסרטון בערב", "سأكتب تعليق على الفيديو بالليل"): the comment beside the video was a
 * video's order, and a speaker's deed beside a video's box excuses nothing (a presenter says "I'll leave the link in
 * the description"), so these callers were judged in three languages when the session's callers were probed
 * (2026-12-07). The speaker's own future and a comment in the singular are his intent; a link named is the
 * presenter's.
 */
class ACallerWhoWillLeaveACommentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll leave a comment on the video tonight",
        "I'll leave a comment under the video tonight",
        "אני אכתוב לכם תגובה בסרטון בערב",
        "سأكتب تعليق على الفيديو بالليل",
        "Я оставлю комментарий под видео вечером",
        "Je vais laisser un commentaire sur la vidéo ce soir",
        "Voy a dejar un comentario en el video esta noche",
    })
    void aCallerWhoWillCommentPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll leave the link in the description, see you in the next video",
        "I'll leave a comment with the link pinned at the top, see you next time",
        "Leave a comment on the video and subscribe",
        "כתבו לי תגובה מתחת לסרטון",
        "Оставьте комментарий под видео",
    })
    void aPresentersLinkOrAnOrderToCommentIsStillAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
