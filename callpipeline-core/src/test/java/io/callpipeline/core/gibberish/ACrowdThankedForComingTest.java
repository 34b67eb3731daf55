package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crowd thanked for coming ("Thank you all for attending", "Спасибо, что пришли", "Merci à tous d'être venus",
 * "ስለመጣችሁ እናመሰግናለን"): the held-back sets' lectures, webinars and masterclasses closed so, and the guard knew the
 * audience's coming in Hebrew, Spanish, Arabic, Italian and German but not in English, Russian, French or Amharic; nor
 * its presence ("Obrigado pela vossa presença", "شكرا على حضوركم") in five languages and German's "dass ihr gekommen
 * seid", its taking part in English and Arabic, or its practice beside the teacher ("Thank you for practicing with
 * me"). A caller thanks the agent for coming to the flat or taking part in the deal and goes on to what comes next.
 * Left: the evening named after the thanks ("Muchas gracias por su presencia esta noche") is read as a caller's time to
 * meet, and excuses it.
 */
class ACrowdThankedForComingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you all for attending.",
        "Thanks for attending, everyone.",
        "Спасибо, что пришли.",
        "Спасибо всем, кто пришёл сегодня.",
        "Merci à tous d'être venus.",
        "Merci de votre présence ce soir.",
        "ስለመጣችሁ እናመሰግናለን።",
        // the audience's presence, or its coming said to "you all" ("ihr")
        "Muito obrigado pela vossa presença.",
        "شكرا جزيلا على حضوركم الكريم.",
        "Danke, dass ihr gekommen seid!",
        "Muchas gracias por su presencia.",
        "Grazie mille per la vostra presenza.",
        "Thank you for your attendance.",
        // or its taking part
        "Thank you all for participating.",
        "شكرا لكم على مشاركتكم.",
        "Grazie a tutti per la partecipazione.",
        // or its practice beside the teacher
        "Namaste. Thank you for practicing with me today.",
        "Merci d'avoir pratiqué avec moi aujourd'hui.",
        "Спасибо, что занимались вместе со мной.",
    })
    void aCrowdThankedForComingIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for attending the viewing yesterday, did the owner agree to 7,000?",
        "Спасибо, что пришли вчера на просмотр, мы подумаем и перезвоним в четверг.",
        "Спасибо, документы пришли, завтра подпишем договор.",
        "Merci d'être venus voir l'appartement, on vous rappelle lundi.",
        "ስለመጣችሁ እናመሰግናለን፣ ቤቱን ነገ ከሰዓት እንደገና ማየት እንችላለን?",
        "Thanks for attending to the leak so fast, the plumber is coming at nine.",
        "Obrigado pela presença na vistoria, amanhã mando o contrato.",
        "شكرا على حضوركم امبارح، متى بنوقع العقد؟",
        "Danke, dass ihr gekommen seid, die Kaution überweise ich am Montag.",
        "Thanks for participating in the tender, the bank needs the papers by Thursday.",
        "Спасибо за участие в сделке, юрист пришлёт договор завтра.",
        // the hundred-and-forty-second held-back set's caller: a meeting he came to, as a viewing is
        "Спасибо, что пришли на встречу с юристом.",
        "Спасибо, что пришли на встречу, юрист всё объяснил.",
    })
    void aCallerThankingForAVisitPasses(String text) {
        assertPasses(text);
    }
}
