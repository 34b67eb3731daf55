package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who tells what he did with the agency's video or channel, in a verb that carries him ("שיתפתי את הסרטון עם
 * אשתי, תודה, ביי", "تابعتكم على انستغرام", "Me suscribí a su canal", "J'ai partagé la vidéo", "Ho visto il vostro
 * video"), then thanks and says goodbye: a video's share, follow and subscribe, its thanks and its goodbye, and no "I"
 * before them, so eighteen of twenty-four such callers in ten languages, and five of six in Turkish, Polish, Romanian,
 * Persian and Greek, were judged a video's ending. Found while callers who speak of the agency's channel were probed.
 * What the speaker did is his, as what he saw is; a video tells its audience what to do, thanks everyone who did it
 * ("Спасибо всем, кто подписался"), or tells what its presenter put in its own boxes ("J'ai partagé le lien dans la
 * description"), which stay endings.
 */
class ACallerTellsWhatHeDidWithAVideoTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "שיתפתי את הסרטון עם אשתי, תודה, ביי.",
        "עשיתי לייק לדף שלכם, תודה, ביי.",
        "עקבתי אחריכם באינסטגרם, תודה, להתראות.",
        "שמעתי על הערוץ שלכם מחבר, תודה, ביי.",
        "נרשמתי לערוץ שלכם, תודה, להתראות.",
        "شاركت الفيديو مع مرتي، شكرا، مع السلامة.",
        "تابعتكم على انستغرام، شكرا، باي.",
        "اشتركت بقناتكم، شكرا، باي.",
        "Vi su video, gracias, hasta luego.",
        "Les sigo en Instagram, gracias, hasta luego.",
        "Me suscribí a su canal, gracias, hasta luego.",
        "Ho visto il vostro video, grazie, a presto.",
        "Vi o vosso vídeo, obrigado, até logo.",
        "Поделился видео с женой, спасибо, пока.",
        "J'ai partagé la vidéo avec ma femme, merci, au revoir.",
        "J'ai vu votre vidéo, merci, à bientôt.",
        "Je vous suis sur Instagram, merci, à bientôt.",
        "Je me suis abonné à votre chaîne, merci, à bientôt.",
        "Kanalınıza abone oldum, yeni ilanları bekliyorum, teşekkürler.",
        "Zasubskrybowałem wasz kanał, proszę o nowe oferty. Dziękuję, do usłyszenia.",
        "M-am abonat la canalul vostru, aștept ofertele noi. Mulțumesc, o zi bună.",
        "کانالتون رو سابسکرایب کردم، منتظر آگهی‌های جدید هستم، ممنون.",
        "Έκανα εγγραφή στο κανάλι σας, περιμένω νέες αγγελίες. Ευχαριστώ, γεια.",
        "נרשמנו לערוץ שלכם, תודה, להתראות",
        "שיתפנו את הסרטון עם ההורים, תודה, ביי",
        "اشتركنا بقناتكم، شكرا، باي",
        "Nos suscribimos a su canal, gracias, hasta luego",
        "Ci siamo iscritti al vostro canale, grazie, a presto",
    })
    void aCallerWhoTellsWhatHeDidPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה לכל מי שנרשם לערוץ, להתראות",
        "הירשמו לערוץ, תודה, ביי",
        "شكرا لكل اللي اشتركوا بالقناة، باي",
        "شكرا لمتابعتكم، باي",
        "Gracias a todos los que se suscribieron, hasta la próxima",
        "Suscríbete al canal, gracias, adiós",
        "Grazie a tutti quelli che si sono iscritti, a presto",
        "Спасибо всем, кто подписался, до встречи",
        "Подпишитесь на канал, спасибо, пока",
        "Merci à tous ceux qui se sont abonnés, à bientôt",
        "Abonnez-vous à la chaîne, merci, à bientôt",
        "Thanks to everyone who subscribed, see you next time",
        "Abone olan herkese teşekkürler, bir sonraki videoda görüşmek üzere",
        "Dziękuję wszystkim, którzy zasubskrybowali kanał, do zobaczenia",
        "Mulțumesc tuturor celor care s-au abonat la canal, pe curând",
        "Ευχαριστώ όσους έκαναν εγγραφή στο κανάλι, τα λέμε στο επόμενο",
        "J'ai partagé le lien dans la description, merci et à bientôt",
        "Compartí el enlace en la descripción, gracias, chao",
        "שיתפתי את הקישור בתיאור, תודה, ביי",
        "Ho condiviso il link nella descrizione, grazie, ciao",
        "Shared the link in the description, thanks for watching, bye",
        "Sigo subiendo videos cada semana, suscríbete y dale like, gracias, chao",
    })
    void aVideoThatTellsItsAudienceWhatToDoOrThanksWhoDidItIsStillAnEnding(String text) {
        assertCaught(text);
    }
}
