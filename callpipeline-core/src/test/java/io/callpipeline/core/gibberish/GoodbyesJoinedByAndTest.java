package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending whose last goodbye or wish is joined by "and" written onto it, as Hebrew and Arabic write it ("זהו
 * להפעם, שמרו על עצמכם וביי", the fifty-second held-back set's Hebrew miss): the pleasantry is the same word with its
 * "ו" or "و", as it is where pleasantries are all there is, and as "and bye" is in the languages that write "and"
 * apart. A caller whose "and" joins his own words passes.
 */
class GoodbyesJoinedByAndTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "זהו להיום, שמרו על עצמכם וביי",
        "זה הכל להפעם חברים, ובהצלחה",
        "זהו, זה היה הכל להיום, וביי",
        "هذا كل شيء لهذا اليوم، اعتنوا بأنفسكم وباي",
        "هذا كل شيء لليوم يا جماعة، وبالتوفيق",
        "That's it for today, take care and bye",
        "На сегодня всё, берегите себя и пока",
    })
    void aGoodbyeJoinedByAndEndsTheVideoStill(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "זהו להיום, ותבוא מחר לראות את הדירה",
        "זה הכל להיום, ותחזור אליי לגבי החוזה",
        "ותודה על הכל, נדבר מחר לגבי החוזה",
        "هذا كل شيء لليوم، وبكرا بنشوف الشقة",
        "وشكرا، بدي أشوف الشقة بكرا",
        "That's it for today, and call me about the flat",
    })
    void aCallerWhoseAndJoinsHisOwnWordsPasses(String text) {
        assertPasses(text);
    }
}
