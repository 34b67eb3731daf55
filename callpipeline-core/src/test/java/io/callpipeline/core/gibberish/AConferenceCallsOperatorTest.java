package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An earnings call's operator handing back to the company or ending the conference ("No further questions at this
 * time. I'll turn the call back over to management for closing remarks", "This concludes today's conference call, you
 * may now disconnect"): the hundred-and-forty-first held-back set wrote one, a recording no caller makes. A caller
 * has no further questions himself and hands the phone to his wife.
 */
class AConferenceCallsOperatorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "I'd like to turn the call back over to management for any closing remarks.",
        "This concludes today's conference call. You may now disconnect.",
        "Ladies and gentlemen, thank you for your participation. You may now disconnect.",
        "בזאת הסתיימה שיחת הוועידה, תודה על השתתפותכם",
        "На этом наша конференция завершена, спасибо за участие.",
        "Con esto concluye la conferencia de hoy, gracias por su participación.",
        "Damit ist die heutige Telefonkonferenz beendet, vielen Dank für Ihre Teilnahme.",
        "Ceci conclut la conférence téléphonique d'aujourd'hui, merci de votre participation.",
    })
    void anOperatorsHandoverIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have no further questions at this time, thanks, I'll call you tomorrow.",
        "I'll turn the phone over to my wife, she has the questions about the kitchen.",
        "The bank's conference call with us is on Sunday at ten.",
        "תודה על ההשתתפות בסיור, נדבר מחר על המחיר",
        "Спасибо за участие, я перезвоню в понедельник.",
        "Closing remarks from the lawyer were fine, we sign.",
    })
    void aCallerWithNoFurtherQuestionsPasses(String text) {
        assertPasses(text);
    }
}
