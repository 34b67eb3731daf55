package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day that belongs to an episode, a video or an upload ("so you don't miss next Tuesday's upload", "le live de
 * jeudi", "выпуск в четверг", "הפרק של יום שלישי"): the series' schedule, which the ninety-fourth held-back set's
 * ending named and the guard read as a caller's meeting day. A caller who sends or watches a video on a day asks for
 * something or says what he did beside it.
 */
class AnEpisodesDayIsTheSeriesScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Make sure you're subscribed so you don't miss Friday's upload",
        "Abonnez-vous pour ne pas rater la vidéo de mardi",
        "Подпишитесь, чтобы не пропустить выпуск в четверг",
        "הירשמו לערוץ כדי לא לפספס את הפרק של יום שלישי",
        "Suscríbete para no perderte el episodio del martes",
        "اشتركوا في القناة حتى لا يفوتكم فيديو يوم الثلاثاء",
    })
    void aDayThatBelongsToTheNextEpisodeIsTheSeriesSchedule(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I saw Tuesday's video of the flat, is it still available?",
        "I'll upload the documents on Tuesday, call me",
        "Can we watch the video of the flat on Thursday? Call me",
        "הסרטון של הדירה יהיה מוכן ביום שלישי, תתקשר אליי",
        "Je vous envoie la vidéo de l'appartement mardi, rappelez-moi",
        "Пришлю видео квартиры в четверг, перезвоните",
        "Thanks for the video of Tuesday, see you on Sunday at the flat",
    })
    void aCallerWhoSendsOrWatchesAVideoOnADayPasses(String text) {
        assertPasses(text);
    }
}
