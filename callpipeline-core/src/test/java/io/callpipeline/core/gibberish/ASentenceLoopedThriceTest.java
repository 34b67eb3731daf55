package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fifth held-back set's "I'm going to go ahead and close this out." said three times over, and its kin in
 * five more languages: a loop of one sentence longer than the four words an n-gram's repeats are read for, said too
 * few times for the compression ratio to tell. Three times the same sentence and nothing else is a loop; a caller
 * who repeats himself on a bad line says it twice, or goes on to what he wants.
 */
class ASentenceLoopedThriceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "We will be right back after this short break. We will be right back after this short break. We will be right"
                + " back after this short break.",
        "אני חושב שזה הזמן לסיים את זה. אני חושב שזה הזמן לסיים את זה. אני חושב שזה הזמן לסיים את זה.",
        "Я не знаю, что сказать тебе сейчас. Я не знаю, что сказать тебе сейчас. Я не знаю, что сказать тебе сейчас.",
        "لا أعرف ماذا أقول لك الآن يا صديقي. لا أعرف ماذا أقول لك الآن يا صديقي. لا أعرف ماذا أقول لك الآن يا صديقي.",
        "No sé qué más decirte en este momento. No sé qué más decirte en este momento. No sé qué más decirte en este"
                + " momento.",
        "Je ne sais pas quoi te dire maintenant. Je ne sais pas quoi te dire maintenant. Je ne sais pas quoi te dire"
                + " maintenant.",
    })
    void aSentenceLoopedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello, can you hear me? Hello, can you hear me? I'm calling about the flat on Herzl, call me back please.",
        "My number is 054-7771234. Again, my number is 054-7771234. Thanks, bye.",
        "הלו, אתה שומע אותי? הלו, אתה שומע אותי? אני מתקשר לגבי הדירה ברחוב הרצל, תחזור אליי.",
        "Алло, вы меня слышите? Алло, вы меня слышите? Я по поводу квартиры на Герцль, перезвоните.",
        "ألو، سامعني؟ ألو، سامعني؟ بتصل بخصوص الشقة بشارع هرتسل، رجعلي.",
        "I want the one with the balcony. I want the one with the balcony, not the other one. Call me.",
    })
    void aCallerWhoRepeatsHimselfPasses(String text) {
        assertPasses(text);
    }
}
