package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker ends a talk, thanking the hall for coming to it or closing its questions ("Alright, that's all the time
 * we have for questions, thanks for coming to my talk", "Das war's mit den Fragen, danke, dass ihr bei meinem Vortrag
 * wart"): a conference's recording, which the hundred-and-forty-first held-back set wrote and the guard read as a
 * caller's thanks. A caller thanks the agent for coming to the viewing, or has no more time himself.
 */
class ATalksEndTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for coming to my talk, enjoy the rest of the conference.",
        "Thank you all for attending this session, the slides will be online.",
        "That's all the time we have for questions, thank you.",
        "תודה רבה שהגעתם להרצאה, ותהנו משאר הכנס",
        "Спасибо, что пришли на мой доклад!",
        "Gracias a todos por venir a mi charla.",
        "Danke, dass ihr bei meinem Vortrag wart!",
        "Merci d'être venus à ma conférence, bonne fin de journée.",
    })
    void aTalksEndIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for coming to the viewing, we'll think about it and call you.",
        "That's all the time I have today, let's continue tomorrow about the contract.",
        "תודה שהגעת לסיור בדירה, נדבר מחר",
        "Спасибо, что пришли на показ квартиры, я перезвоню.",
        "Gracias por venir a ver el piso, le llamo mañana.",
        "I was at a lecture about mortgages, can you explain the fixed rate?",
    })
    void aCallersThanksForComingPasses(String text) {
        assertPasses(text);
    }
}
