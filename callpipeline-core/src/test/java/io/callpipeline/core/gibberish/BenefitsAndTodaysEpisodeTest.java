package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ideas of a video's ending found by writing thirty Arabic endings of our own after the sixteenth set (no held-back row
 * read), each in at least three languages: a hope that the audience benefited or learned something ("اتمنى تكونوا
 * استفدتوا", "I hope you learned something new"), "this was today's episode", a liked video to share ("إذا عجبكم
 * الفيديو شاركوه"), suggestions asked for, and Arabic's farewells and blessings said to nobody ("دمتم بخير", "نراكم على
 * خير", "حتى الملتقى", "يعطيكم العافية يا شباب"). A caller who learned the flat was sold, or who benefited from the
 * agent's advice, passes.
 */
class BenefitsAndTodaysEpisodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "اتمنى تكونوا استفدتوا",
        "أتمنى أن تكونوا قد استفدتم",
        "I hope you learned something new",
        "Надеюсь, вы узнали что-то новое",
        "מקווה שלמדתם משהו חדש",
        "هاي كانت حلقة اليوم",
        "هذه كانت حلقة اليوم",
        "That was today's episode",
        "And that was today's video",
        "Это был очередной выпуск нашей программы",
        "זה היה הסרטון של היום",
    })
    void aHopeTheyLearnedAndTodaysEpisodeAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I hope you enjoyed the video, thanks",
        "We hope you liked this video, thanks",
        "Я надеюсь, вам понравилось видео, спасибо",
        "I'll see you in the next video, thanks",
    })
    void aVideosOwnIWhoHopesIsStillAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "إذا عجبكم الفيديو شاركوه",
        "اكتبوا لنا اقتراحاتكم",
        "Déjennos sus sugerencias en los comentarios",
        "Laissez vos suggestions en commentaire",
        "دمتم بخير",
        "نراكم على خير",
        "حتى الملتقى",
        "يعطيكم العافية يا شباب",
    })
    void aSharedVideoSuggestionsAndFarewellsAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I learned the flat was sold, call me back",
        "Я узнал, что квартиру продали, перезвоните",
        "استفدت كتير من نصيحتك بخصوص الشقة، شكرا",
        "عندي اقتراح بخصوص السعر، اتصل فيي",
        "يعطيك العافية، الشقة عجبتنا كتير",
        "Это был хороший вариант, но дорого",
    })
    void aCallerSayingTheSameWordsIsACall(String text) {
        assertPasses(text);
    }

    /**
     * A caller telling what he got from the video he was sent, and thanking for it ("I learned a lot from the video,
     * thanks", "Я узнал много из видео, спасибо"): "I" or "we" speaks, and the thanks follows the video. A video's
     * own "I" hopes ("I hope you enjoyed the video, thanks") or sends to the next one.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "I learned a lot from the video, thanks",
        "Я узнал много из видео, спасибо",
        "אני למדתי הרבה מהסרטון, תודה",
        "Yo aprendí mucho con el video, gracias",
        "J'ai appris beaucoup avec la vidéo, merci",
        "We got a good idea of the place from the video, thanks",
    })
    void aCallerTellingWhatHeGotFromTheVideoIsACall(String text) {
        assertPasses(text);
    }
}
