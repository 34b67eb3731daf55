package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ideas of a video's ending found by writing thirty Russian endings of our own after the sixteenth set (no held-back
 * row read), each in at least three languages: an episode come to its end ("Этот выпуск подошёл к концу", "הפרק הגיע
 * לסיומו"), new videos to follow, the next series, the next time on air, a thumb up, peace and goodness to all and
 * their loved ones, a hope that it was interesting, and all the speaker wanted to tell today. A caller whose video
 * broke off, whose offer may interest the agent, or whose lease has ended passes.
 */
class EpisodesEndOnAirTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Этот выпуск подошёл к концу",
        "На этом наш выпуск закончен",
        "This episode has come to an end",
        "הפרק הגיע לסיומו",
        "انتهت حلقة اليوم",
        "Cet épisode est terminé",
        "Este episodio ha terminado",
    })
    void anEpisodeComeToItsEndIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Следите за новыми видео на канале",
        "Не пропустите следующую серию",
        "Не пропустіть наступну серію",
        "До встречи в эфире",
        "נתראה בשידור הבא",
        "See you on the next broadcast",
        "Ставьте палец вверх",
        "תנו אגודל למעלה",
        "Всем мира и добра",
        "Берегите себя и своих близких",
        "Take care of yourselves and your loved ones",
        "اعتنوا بأنفسكم وبأحبائكم",
    })
    void seriesAirThumbsAndBlessingsAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Надеюсь, вам было интересно",
        "I hope you found this interesting",
        "מקווה שהיה לכם מעניין",
        "J'espère que c'était intéressant pour vous",
        "Espero que les haya resultado interesante",
        "Это всё, что я хотел сегодня рассказать",
        "That's all I wanted to tell you today",
        "זה כל מה שרציתי לספר לכם היום",
    })
    void aHopeItWasInterestingAndAllThereWasToTellAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The video ended in the middle, send it again",
        "הסרטון נגמר באמצע, תשלח שוב",
        "Видео оборвалось на середине, пришлите ещё раз",
        "Это всё, что я хотел сказать, спасибо, перезвоните",
        "Надеюсь, вам будет интересно, квартира на третьем этаже",
        "I hope you find the offer interesting, call me",
        "Договор аренды закончен, подпишем новый в четверг",
        "Следите за объявлениями, квартиры разбирают быстро",
    })
    void aCallerSayingTheSameWordsIsACall(String text) {
        assertPasses(text);
    }
}
