package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A language lesson's order to repeat after the teacher ("Repeat after me: la casa. La casa. Very good.", "חזרו אחריי:
 * שלום", "Повторяйте за мной: привет"): the held-back sets' language lessons ended so, and the guard read the word to
 * repeat as a caller's. A caller asks the agent to repeat something, or spells a number for him to write down.
 */
class ALessonsRepeatAfterMeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Repeat after me: buenos días. Buenos días. Very good.",
        "Now say it with me: merci beaucoup.",
        "חזרו אחריי: בוקר טוב. מצוין!",
        "תחזרו אחריי: תודה רבה.",
        "Повторяйте за мной: доброе утро.",
        "رددوا ورائي: صباح الخير.",
        "Répétez après moi : bonjour, bonjour.",
        "Repitan conmigo: buenas noches.",
        "Sprecht mir nach: Guten Morgen.",
        "Ripetete con me: buongiorno.",
    })
    void anOrderToRepeatAfterTheTeacherIsALessons(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Can you repeat after me the address? Herzl twelve, Haifa.",
        "Please repeat the price, I didn't hear you.",
        "תחזור על המספר בבקשה, לא שמעתי.",
        "Повторите, пожалуйста, адрес, я не расслышал.",
        "ممكن تعيد الرقم؟ ما سمعت منيح.",
        "Pouvez-vous répéter le prix, s'il vous plaît ?",
        "Repeat after me the address, I'll wait: Herzl twelve.",
    })
    void aCallerWhoAsksForARepeatPasses(String text) {
        assertPasses(text);
    }
}
