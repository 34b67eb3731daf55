package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twentieth held-back set's misses and false positives stand for, each in three languages or more (the
 * set's own rows moved to development): ideas for videos asked of the audience ("If you have any video ideas, let me
 * know", "אם יש לכם רעיונות לסרטונים"), the channel's supporters in a verb ("שתומך", "بيدعموا"), "did you like it?"
 * before a like asked for (a question, but the audience's), good night to the audience, the next episode's plans,
 * staying with the speaker, "עד כאן הסרטון", and counting past twenty as speech says it (Arabic "اثنين وعشرين",
 * Amharic "ሃያ አንድ", where ICU writes "إثنان وعشرون" and "ሁለት አስር አንድ"). Two code-switched callers were judged an
 * ending ("مرحبا، הלינק עובד עכשיו, شكرا"): Whisper's endings are in one language.
 */
class TwentiethSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "If you have any ideas for new videos, tell me",
        "אם יש לכם רעיונות לסרטון הבא, כתבו לי",
        "Если у вас есть идеи для роликов, напишите",
        "إذا عندكم أفكار للفيديو الجاي، اكتبوا",
        "Si tienen ideas para el próximo video, escríbanme",
        "תודה לכל מי שתומך בנו",
        "شكرا لكل اللي بيدعموا الفيديوهات",
        "Понравилось? Ставьте лайк",
        "עשרים, עשרים ואחת, עשרים ושתיים, עשרים ושלוש",
        "عشرين، واحد وعشرين، اتنين وعشرين، تلاتة وعشرين، اربعة وعشرين",
        "ሃያ፣ ሃያ አንድ፣ ሃያ ሁለት፣ ሃያ ሶስት፣ ሃያ አራት",
        "تصبحوا على خير يا جماعة",
        "In the next video we are going to Eilat",
        "Merci d'être restée avec moi, bisous",
        "עד כאן הסרטון, ביי",
    })
    void theTwentiethSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، הלינק עובד, شكرا",
        "Hola, el video está bien, אבל חסר המטבח",
        "Спасибо, видео עובד, перезвоню",
        "Did you like the flat? Call me",
        "Any ideas about the video of the kitchen? Tell me",
        "We're going to the flat tomorrow, see you at the viewing",
        "الشقة بالطابق اتنين وعشرين، شكرا",
        "I have some ideas about the flat, call me",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
