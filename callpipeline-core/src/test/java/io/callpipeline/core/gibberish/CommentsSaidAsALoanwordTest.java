package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comments asked for in the word a language borrowed from English, and the order to put something there said with
 * the everyday verb ("حطولي بالكومنتات", "כתבו לי בקומנטים", "Напишите в коментах"): the lists held each language's
 * own word for the comments and its orders to write or leave, so the hundred-and-fifty-eighth held-back set's Arabic ask
 * passed. A caller reads the comments and tells what they say, or asks about them.
 */
class CommentsSaidAsALoanwordTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "حطولي بالكومنتات أي شقة حبيتوا أكثر",
        "حطوا كومنت وقولولي رأيكم",
        "כתבו לי בקומנטים איזו דירה הכי אהבתם",
        "תשאירו קומנט אם אתם רוצים עוד סיורים כאלה",
        "Напишите в коментах, какая квартира больше понравилась",
        "Пишите в комментах, что снимать дальше",
        "Кидайте в коменты свои вопросы",
        "Déjenme en los coments cuál les gustó más",
    })
    void anAskForTheCommentsInTheBorrowedWordIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ראיתי בקומנטים שאנשים מתלוננים על רעש, זה נכון?",
        "הקומנטים על הדירה היו טובים, אפשר לבוא לראות?",
        "Я читал коменты под объявлением, там жалуются на шум",
        "قريت الكومنتات، الناس بيحكوا إنه في رطوبة، صحيح؟",
        "حطيت المفتاح تحت السجادة، تعالوا بس توصلوا",
        "Leí los coments del anuncio y todos dicen que es ruidoso",
    })
    void aCallerWhoReadTheCommentsPasses(String text) {
        assertPasses(text);
    }
}
