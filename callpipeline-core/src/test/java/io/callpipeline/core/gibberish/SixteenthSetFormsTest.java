package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of the sixteenth held-back set's misses at its first scoring, in other words and at least three languages
 * each: a goodbye till next time with a "take care" ("עד הפעם הבאה, שמרו על עצמכם", "До следующего раза, берегите
 * себя"), which only English's and Spanish's pleasantries knew; a thanks for being with us in the words Arabic says it
 * ("شكرا لكونكم معنا"); Amharic's other spellings of a comment and a share ("በኮመንት አጋሩን"). A caller who says the same
 * goodbye about the flat or a day passes.
 */
class SixteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "עד הפעם הבאה, שמרו על עצמכם",
        "שמרו על עצמכם, נתראה בפעם הבאה",
        "До следующего раза, берегите себя",
        "Берегите себя, до новых встреч",
        "إلى المرة القادمة، اعتنوا بأنفسكم",
        "À la prochaine, prenez soin de vous",
        "Bis zum nächsten Mal, passt auf euch auf",
        "До наступного разу, бережіть себе",
        "Alla prossima, abbiate cura di voi",
        "Até a próxima, se cuidem",
    })
    void aGoodbyeTillNextTimeWithATakeCareIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا لكونكم معنا اليوم",
        "شكرا لكونكم معنا حتى النهاية",
        "ሃሳባችሁን በኮመንት አጋሩን",
        "በኮመንት ጻፉልን",
    })
    void otherFormsOfTheListedWordsAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שמרו על המפתחות, נתראה ביום ראשון",
        "Берегите себя, увидимся в четверг на просмотре",
        "À la prochaine, pour la visite de l'appartement",
        "Bis zum nächsten Mal, die Wohnung ist vermietet",
        "اعتنوا بالشقة، نشوفكم بكرا",
    })
    void aCallersTakeCareAboutTheFlatOrADayIsACall(String text) {
        assertPasses(text);
    }
}
