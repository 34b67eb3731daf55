package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twenty-ninth held-back set's misses stand for, each in three languages or more (the set's own rows
 * moved to development): the audience asked whether it wants more videos ("רוצים עוד סרטונים כאלה? תכתבו לנו
 * בתגובות"), which read as a caller's question; the next episode's day ("הפרק הבא יעלה ביום ראשון, אל תפספסו"), which
 * read as a day to meet unless said after "every" (and Spanish and Portuguese "domingo" opened Polish "dom", a house, a
 * caller's word); Russian's "в общем" among fillers. A caller who asks for more
 * videos of the flat, or names the day for the flat's next video, says what he wants it of and is a caller.
 */
class TwentyNinthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "רוצים עוד סרטונים כאלה? תכתבו לנו בתגובות",
        "Want more videos like this? Let us know in the comments",
        "Хотите больше таких видео? Пишите в комментариях",
        "¿Quieres más videos como este? Déjalo en los comentarios",
        "הפרק הבא יעלה ביום ראשון, אל תפספסו",
        "The next episode drops on Sunday, don't miss it",
        "Следующий выпуск выйдет в воскресенье, не пропустите",
        "El próximo episodio sale el domingo, no te lo pierdas",
        "الحلقة القادمة يوم الأحد، لا تفوتوها",
        "O próximo episódio sai no domingo, não perca",
        "Ну... в общем... да... ну...",
        "В общем... ну... короче...",
    })
    void theTwentyNinthSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Will there be more videos of the flat? Thanks",
        "Can I see the next video on Sunday? Thanks",
        "הסרטון הבא של הדירה יגיע ביום ראשון, תודה",
        "Send me the next video on Sunday, thanks",
        "Следующее видео квартиры пришлите в воскресенье, спасибо",
        "В общем, квартира нам понравилась",
        "יש עוד סרטונים של הדירה? תודה",
        "¿Hay más videos del piso? Gracias",
        "Dzięki za film o domu, do zobaczenia",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
