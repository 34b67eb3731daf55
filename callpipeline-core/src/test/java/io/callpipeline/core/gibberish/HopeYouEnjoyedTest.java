package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endings written as paraphrases of the kinds already caught, found by writing such paraphrases in many languages
 * before the fourteenth held-back set was written and seeing which the guard let through: a video's hope that its
 * audience enjoyed it ("Hope you enjoyed this video", "מקווה שנהניתם", "Надеюсь, вам понравилось"), the other forms
 * of words the lists held in one form ("новые видео", "не пропустите", "подписываться", "حلقة قادمة", "לשתף"), a
 * film's end ("Конец фильма"), and a Hebrew thanks for listening whose word holds a day's letters ("שהקשבתם" holds
 * "שבת", the sabbath), which was read as naming a day to meet. A caller who hopes the flat pleased, or thanks and
 * names the day, passes.
 */
class HopeYouEnjoyedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hope you enjoyed this video",
        "I hope you guys enjoyed it",
        "I hope you liked this episode, see you soon",
        "מקווה שנהניתם מהסרטון",
        "אני מקווה שנהניתם, ביי",
        "מקווים שאהבתם את הפרק",
        "أتمنى أن تكونوا قد استمتعتم",
        "أتمنى أن يكون الفيديو قد أعجبكم",
        "نتمنى أن تكون الحلقة قد نالت إعجابكم",
        "Надеюсь, вам понравилось",
        "Надеюсь, вам понравилось это видео",
        "Сподіваюся, вам сподобалося відео",
        "J'espère que cette vidéo vous a plu",
        "J'espère que ça vous a plu, à bientôt",
        "Espero que les haya gustado el video",
        "Espero que te haya gustado",
        "Ich hoffe, das Video hat euch gefallen",
        "Spero che il video vi sia piaciuto",
        "Espero que tenham gostado do vídeo",
        "Mam nadzieję, że film wam się podobał",
        "Umarım videoyu beğenmişsinizdir",
        "ቪዲዮው እንደተመቻችሁ ተስፋ አደርጋለሁ",
    })
    void aHopeThatTheAudienceEnjoyedItIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // forms of the listed words: the plural adjective, the imperative, the infinitive, the indefinite noun
        "Не пропустите новые видео",
        "Включайте уведомления, чтобы не пропустить новые видео",
        "Не забывайте подписываться на канал",
        "نلقاكم في حلقة قادمة",
        "نلقاكم في حلقة قادمة إن شاء الله",
        "אם נהניתם, אל תשכחו לשתף עם חברים",
        "Gracias por escuchar",
        "Gracias por escucharnos, nos vemos pronto",
        "Obrigado por ouvir, até o próximo vídeo",
        // a film's end, as a video's is
        "Конец фильма",
        "Это конец фильма",
        "סוף הסרט",
        "نهاية الفيلم",
        "The end of the movie",
        "Fin du film",
        // a thanks for listening whose word holds the letters of a day's name
        "תודה שהקשבתם",
        "תודה רבה שהקשבתם, נתראה בפרק הבא",
        "חשבתי שתאהבו את הסרטון, תודה שצפיתם ונתראה בפעם הבאה",
    })
    void theEndingsWordsInTheirOtherFormsAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I hope you enjoyed the viewing of the apartment, call me back tomorrow",
        "מקווה שנהניתם מהדירה, תחזרו אליי מחר?",
        "מקווה שנהניתם בסיור, נדבר ביום שלישי",
        "Надеюсь, вам понравилась квартира, перезвоните мне",
        "أتمنى أن الشقة أعجبتكم، اتصلوا بي",
        "J'espère que l'appartement vous a plu, rappelez-moi",
        "Espero que les haya gustado la casa, llámenme mañana",
        "Espero tu llamada, gracias",
        "תודה שהקשבת, נתראה בשבת בדירה",
        "Я видел фильм про этот район, квартира понравилась",
        "Не пропустите новый дом на нашей улице, перезвоните",
        "תודה רבה, חשבתי על הדירה ואני רוצה לראות אותה ביום ראשון",
    })
    void aCallerWhoHopesThePlacePleasedOrNamesTheDayIsACall(String text) {
        assertPasses(text);
    }
}
