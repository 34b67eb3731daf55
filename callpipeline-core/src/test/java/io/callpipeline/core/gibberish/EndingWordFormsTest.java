package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending in the other forms its words take: Hebrew spelt with one yod or vav where the standard spelling
 * doubles it ("צפיה מהנה") and said in the future tense as speakers give orders ("תירשמו לערוץ" for "הירשמו"),
 * Arabic nouns in their bare form ending in ta marbuta where the lists knew them before a suffix ("المتابعة"
 * beside "متابعتكم"), Russian with ё written or not, "if you liked the video" in the verb's past, and a credit
 * said with the participle ("Tradotto da…", "Traduit par…"). The eighth held-back set missed some of these at its
 * first scoring; these are the same forms in other words and at least three languages. A caller who says the same
 * words about the flat passes.
 */
class EndingWordFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // Hebrew spelt without the doubled yod or vav
        "צפיה מהנה",
        "תודה על הצפיה",
        "תודה רבה על הצפיה, נתראה בסרטון הבא",
        // Hebrew's spoken imperative, the future tense
        "תירשמו לערוץ",
        "תירשמו לערוץ ותעשו לייק",
        "תכתבו לנו בתגובות",
        "תעקבו אחרינו באינסטגרם",
        "תשאירו תגובה ותירשמו",
        // Arabic's bare noun in ta marbuta
        "شكرا على المتابعة",
        "شكراً جزيلاً على المتابعة، إلى اللقاء",
        "شكرا لكم على حسن المتابعة",
        "شكرا على المشاهدة والمتابعة",
        // if you liked the video
        "اذا اعجبك الفيديو",
        "إذا أعجبكم الفيديو اضغطوا لايك",
        "If you liked this video, subscribe",
        "If you enjoyed the video, hit like",
        "אם אהבתם את הסרטון תעשו לייק",
        "Если вам понравилось видео, ставьте лайк",
        "Si la vidéo vous a plu, abonnez-vous",
        "Si te gustó el video, suscríbete",
        "Se il video vi è piaciuto, iscrivetevi",
        // a credit said with its participle
        "Tradotto da Luca",
        "Traduit par Marie Dubois",
        "Traducido por Carlos",
        "Traduzido por Ana Souza",
        "Übersetzt von Jonas Weber",
    })
    void theEndingsOtherFormsAreNoCall(String text) {
        assertCaught(text);
    }

    /**
     * Forms the ninth held-back set missed at its first scoring, in other words and languages: the imperative said to
     * one listener ("Ставь лайк", "Подпишись на канал", as the plural "ставьте" is listed), the next part called the
     * continuation ("Смотрите продолжение", "Regardez la suite"), Arabic nouns in their construct form before a
     * suffix ("حلقتنا", as "حلقة" is listed) and the audience's listening ("لحسن استماعكم"), an episode that ends
     * ("إلى هنا تنتهي حلقتنا"), Polish subscribe with its prefix ("Zasubskrybuj"), Hebrew's "עד כאן להיום".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ставь лайк",
        "Поставь лайк и подпишись",
        "Подпишись на канал",
        "Жми лайк",
        "Напиши в комментариях",
        "Смотрите продолжение",
        "Regardez la suite",
        "צפו בהמשך בפרק הבא",
        "شاهدوا التكملة في الحلقة القادمة",
        "إلى هنا تنتهي حلقتنا",
        "شكرا لحسن استماعكم",
        "اشتركوا في قناتنا",
        "Zasubskrybuj mój kanał",
        "Zasubskrybujcie kanał",
        "עד כאן להיום, ביי",
        "עד כאן להיום, תודה שצפיתם",
        "Transcript by Sarah Lee",
        "Teksting av Ola Nordmann",
    })
    void theNinthSetsFormsAreNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אהבתי את הסרטון של הדירה, אפשר לבוא לראות אותה ביום ראשון?",
        "I really liked the video of the apartment, can we see it on Sunday?",
        "Мне понравилось видео квартиры, можно посмотреть в четверг?",
        "شكرا على المتابعة مع البنك بخصوص القرض، متى نوقع العقد؟",
        "תעקבו אחרי המודעה, המחיר ירד לשני מיליון",
        "Traduit par un avocat, le contrat est prêt pour la signature demain",
        "תודה על הצפיה בדירה אתמול, אנחנו רוצים להגיש הצעה",
        "Si la vidéo de l'appartement vous a plu, je peux vous faire visiter jeudi",
        "Поставь машину во двор, я подпишу договор вечером",
        "עד כאן להיום עם הצפיות, מחר נמשיך בעוד שתי דירות",
        "Transcript of the call with the lawyer is ready, please call me back",
        "Продолжение разговора завтра, перезвоните мне после обеда",
        "Смотрите новую квартиру на Герцля, перезвоните",
        "Подписывайтесь на канал поставки оборудования, там все цены",
        "Regardez la suite des photos de l'appartement et rappelez-moi",
    })
    void aCallerSayingTheSameWordsPasses(String text) {
        assertPasses(text);
    }
}
