package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A credit names who made the subtitles after its "by" ("Sous-titrage réalisé par l'équipe de la chaîne"): those
 * words are the credit's name, however ordinary they are, not someone going on about the subtitles. The twelfth
 * held-back set's French credit passed as speech before. A sentence about subtitles without a "by" stays speech; in
 * Hebrew and Arabic, which have no case to tell a name from ordinary words, a caller on the subtitles of the flat's
 * video ("הכתוביות בסרטון של הדירה לא היו ברורות, תתקשר אליי") was judged a credit, found writing this test: what a call
 * says (the flat, a call back, a day, a question) now tells it, as it does a goodbye.
 */
class CreditMakersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sous-titrage réalisé par l'équipe de la chaîne",
        "Subtitles created by the community of volunteers",
        "Subtítulos hechos por el equipo del canal",
        "הכתוביות נעשו על ידי צוות המתנדבים של הערוץ",
        "Untertitel erstellt von der Redaktion des Senders",
        "Legendas feitas pela equipe do canal",
    })
    void aCreditNamingItsMakerAfterByIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Субтитры к сериалу были сделаны очень плохо",
        "Subtitles on the video of the flat were wrong, by the way, call me back",
        "Les sous-titres de la vidéo sont mauvais, je les ai vus hier soir",
        "הכתוביות בסרטון של הדירה לא היו ברורות, תתקשר אליי",
    })
    void aSentenceAboutSubtitlesWithoutAMakerIsSpeech(String text) {
        assertPasses(text);
    }

    /**
     * A dubbing's or voice-over's credit, which the lists lacked (found writing credits in many languages before the
     * fourteenth held-back set was written), and a credit's word in the participle Russian writes ("Переведено").
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Озвучивание: студия «Кубик в кубе»",
        "Озвучено студией Пифагор",
        "Переведено специально для канала",
        "Dubbed by the Studio",
        "Dubbing: Tom Hardy",
        "דיבוב: אולפני ישראל",
        "دبلجة: استوديو الزهرة",
        "سبتايتل: علي",
        "Doblaje: Estudio Sonoro",
        "Doublage : Studio Lumière",
    })
    void aDubbingsCreditIsNoCall(String text) {
        AsThePipelineJudges.assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The dubbing of the movie was awful, anyway call me about the flat",
        "Я озвучил вам цену квартиры, перезвоните",
        "הדיבוב של הסרט היה נורא, תתקשר אליי לגבי הדירה",
    })
    void aCallerOnADubbingIsACall(String text) {
        AsThePipelineJudges.assertPasses(text);
    }
}
