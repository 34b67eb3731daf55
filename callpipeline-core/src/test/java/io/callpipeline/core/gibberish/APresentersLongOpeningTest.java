package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kind the seventy-ninth held-back set missed, in the languages that say it: a video's opening longer than the
 * short rules read, that greets its audience and names the video being watched ("Hey guys, it's Noa, and in today's
 * video I'm showing you…"), whatever flat its subject names. The callers beside it greet a group too, but ask, say
 * what they saw, give a day or a number, or name no video.
 */
class APresentersLongOpeningTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey guys, it's Noa, and in today's video I'm going to show you five mistakes people make when they rent their first apartment.",
        "היי חברים, כאן נועה, ובסרטון של היום אני אראה לכם חמש טעויות שאנשים עושים כשהם שוכרים דירה ראשונה",
        "Всем привет, с вами Анна, и в сегодняшнем видео я расскажу вам о пяти ошибках, которые делают при аренде первой квартиры",
        "مرحبا يا جماعة، معكم نور، وفي فيديو اليوم رح احكيلكم عن خمس أخطاء بيعملوها الناس لما يستأجروا أول شقة",
        "Hola a todos, soy Noa, y en el video de hoy les voy a mostrar cinco errores que cometemos al alquilar el primer piso.",
    })
    void aLongOpeningThatNamesTheVideoIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi guys, it's Noa, I watched today's video about renting, can you call me back about the flat on Herzl?",
        "Hey everyone, it's Dana from the office, today we're moving the files to the new building, so the office is closed until Sunday.",
        "Всем привет, это Анна, в сегодняшнем видео вы показали квартиру на Жаботинского, она ещё свободна?",
        "היי חברים, זאת נועה, ראיתי בסרטון של היום את הדירה ברחוב הרצל, תחזרו אליי בבקשה כשאתם יכולים",
        "Hi everyone, this is Noa, I'm sending you the video of the apartment today, the owner wants 7,500 a month for it.",
    })
    void aGroupGreetedByACallerPasses(String text) {
        assertPasses(text);
    }
}
