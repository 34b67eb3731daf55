package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sound described in plain words, without brackets or capitals ("Тихая музыка", "Lively music",
 * "מוזיקה ברקע", "Стук в дверь"), is Whisper captioning what it heard, in any language the identifier
 * names; a caller who mentions the noise, the music next door or a knock among his own words is not.
 * Judged as the pipeline judges: the language identified first, then the whole guard.
 */
class SoundCaptionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Стук в дверь",
        "Тихая музыка",
        "Играет музыка.",
        "Смех в зале",
        "Шум ветра",
        "Музыкальная заставка",
        "Спокійна музика",
        "Lively music",
        "Upbeat music playing",
        "Music playing in the background",
        "Laughter and applause",
        "Knocking on the door",
        "Phone ringing",
        "מוזיקה שקטה",
        "מוזיקה ברקע",
        "מחיאות כפיים",
        "דפיקות בדלת",
        "موسيقى هادئة",
        "موسيقى في الخلفية",
        "Musique douce",
        "Musique entraînante",
        "Música de fondo",
        "Ruído de fundo",
        "Musik spielt",
        "Musica di sottofondo",
    })
    void aSoundDescribedInPlainWordsIsACaption(String caption) {
        assertCaughtAs(caption, AnnotationRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "המוזיקה בבניין חזקה מדי בלילה, אפשר לדבר עם השכנים?",
        "יש רעש בקו, תתקשר אליי שוב",
        "Шум от соседей мешает, можно поговорить с хозяином?",
        "Шум на линии, перезвоните",
        "Стук в дверь был, но никто не открыл, я приходил в десять.",
        "There's a lot of noise from the street, is the bedroom quiet?",
        "Too much noise, call me back",
        "Music teacher here, I need a flat near the school.",
        "Le bruit de la rue, c'est fort ?",
        "الضجة من الشارع قوية؟",
        "الموسيقى عند الجيران عالية، بدي أحكي مع المالك",
        "Hay mucho ruido, te llamo luego",
        "Ring me back please",
        "Is the window quiet at night?",
        "שלום, זה יצחק",
        "Я вам звоню",
        // sayings about a sound, of the kind Debian's Russian fortunes hold (written here, not copied)
        "Тишина - лучший ответ.",
        "Музыка — это язык души.",
        "Мы все полны вздохов.",
        "Silence is golden, they say.",
    })
    void aCallerWhoMentionsASoundIsNotCaught(String call) {
        assertThat(judged(call).gibberish()).as(call).isFalse();
    }
}
