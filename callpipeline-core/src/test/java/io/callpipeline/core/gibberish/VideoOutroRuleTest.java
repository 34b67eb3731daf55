package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.transcription.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending in wordings no list holds, in Hebrew, Arabic, Russian, French, Spanish, German,
 * Turkish, Amharic and the rest the identifier names, is caught by its ideas; a caller who thanks,
 * says goodbye, saw the flat's video, arranges a viewing for a day or signs a contract is not.
 */
class VideoOutroRuleTest {

    private final VideoOutroRule rule = new VideoOutroRule();

    private boolean fires(String text) {
        return rule.check(TranscriptFeatures.of(new Transcript("he", text, List.of(), "whisper-1", null))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תנו לייק לסרטון ונתראה בפעם הבאה",
        "תודה רבה שצפיתם עד הסוף",
        "אל תשכחו ללחוץ על הפעמון ולהירשם",
        "نشكركم على المشاهدة",
        "شاركوا الفيديو مع أصدقائكم",
        "Подписывайтесь и не забудьте поставить лайк",
        "Увидимся в новом видео",
        "Merci pour votre visionnage, à la prochaine",
        "Dale like al video y nos vemos",
        "Danke fürs Zuschauen und abonniert den Kanal",
        "Videoyu beğenmeyi unutmayın",
        "ቻናላችንን ላይክ አድርጉ",
        "Traduction : Marie Dubois",
        "Sous-titrage FR : Patrick",
        // the languages whose rows were missing an idea, and thanks for the audience's attention
        "Nu uitați să dați like și subscribe",
        "Bedankt voor het kijken en tot ziens in de volgende aflevering",
        "Vergeet niet te abonneren op het kanaal",
        "ممنون که این ویدیو را تماشا کردید",
        "فراموش نکنید کانال را سابسکرایب کنید",
        "זהו להיום, תודה שהייתם איתנו",
        "Thank you for your attention",
        "Grazie per l'attenzione",
        "شكرا لاستماعكم",
        "Altyazı: Mehmet Yılmaz",
        "Переклад: Олена Коваль",
        "Ευχαριστούμε που παρακολουθήσατε, τα λέμε στο επόμενο βίντεο",
        // asking the audience for comments, with a like or a subscription
        "Ставьте лайки и пишите комментарии",
        "תגיבו ותעשו לייק",
        "اكتبوا رأيكم في التعليقات واشتركوا في القناة",
        "Laissez un commentaire et un like",
        "Déjenme sus comentarios y denle like",
        "Like und Kommentare nicht vergessen",
        "Like and leave your comments",
        // Amharic's polite thanks for watching, with the channel
        "ስለተመለከቱ እናመሰግናለን፣ ቻናላችንን ሰብስክራይብ ያድርጉ",
    })
    void anEndingInWordsNoListHoldsIsCaught(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה, נתראה ביום שני בדירה",
        "ראיתי את הסרטון של הדירה ביוטיוב, אפשר לבוא לראות אותה בשבוע הבא?",
        "היי, רציתי להגיד תודה על הצפייה אתמול, הדירה מצאה חן בעינינו",
        "שלום, אני מחפש דירה בחיפה. תודה רבה. תודה שצפיתם!",
        "شكرا، شفت الفيديو تبع الشقة، بدي أشوفها بكرة",
        "Алло, квартира в Ашкелоне ещё продаётся? Мы готовы быстро подписать",
        "Спасибо, до встречи в понедельник у нотариуса, договор уже готов",
        "Thanks, see you next week at the flat",
        "I saw your video tour of the flat, can I come see it this week?",
        "I'd like you to share the floor plan with my wife please",
        "Gracias, ¿podemos ver el departamento mañana?",
        "Merci, on se retrouve devant l'immeuble à dix heures",
        "Translation of the contract into Russian, can you arrange it?",
        "Bedankt, tot ziens morgen bij het appartement in Haifa",
        "ممنون، فردا ساعت ده آپارتمان را ببینیم",
        "Mulțumesc, ne vedem mâine la apartament",
        "תודה שהקשבת לי, אז נתראה מחר בעשר ליד הבניין",
        "Thank you for your attention to the contract, my lawyer will call you tomorrow about the parking",
        // a goodbye that names a day to meet or the flat is an appointment, in words a video's ending shares
        "תודה, אפשר לתאם צפייה מחר?",
        "תודה, אני רוצה לתאם צפייה בדירה",
        "תודה רבה, נתראה בצפייה ביום שלישי",
        "Спасибо за просмотр квартиры, до встречи",
        "Спасибо за просмотр, увидимся в среду",
        "Thanks, we watched the video of the flat, see you Sunday",
        "شكرا على المشاهدة، نشوفك يوم الخميس",
        "Merci pour la visite de l'appartement, à bientôt",
        "Gracias por ver el piso, nos vemos el lunes",
        "Danke fürs Anschauen der Wohnung, bis Donnerstag",
        // a caller asking for the flat's video, with a question or a word for sending it
        "Can you share the video on WhatsApp? Thanks",
        "Please send me the video, I'll share it with my wife, thanks",
        "אפשר לקבל את הסרטון? תודה רבה, להתראות",
        "Пришлите видео, пожалуйста, спасибо, пока",
        "ابعتلي الفيديو عالواتساب، شكرا، مع السلامة",
        "Vous pouvez m'envoyer la vidéo ? Merci, au revoir",
        "¿Me puedes mandar el video? Gracias, hasta luego",
        // a caller thanking for the video the agent sent, or saying they saw it
        "תודה על הסרטון, ביי",
        "Thanks for sharing the video, bye",
        "Thank you for the video tour, see you",
        "Спасибо за видео, пока",
        "شكرا على الفيديو، باي",
        "Merci pour la vidéo, à plus",
        "Gracias por el video, chao",
        "ראיתי את הסרטון, תודה, נתראה",
        "Видео посмотрел, спасибо, до связи",
        "ቪዲዮውን አይቻለሁ አመሰግናለሁ",
        // a caller who comments on the service, or read comments about the building
        "רציתי להשאיר תגובה על השירות, הכל היה מצוין",
        "I like it, I read the comments about the building",
        "Я прочитал комментарии про дом, перезвоните",
    })
    void aCallerWhoSaysSuchWordsAmongHisOwnIsNotCaught(String call) {
        assertThat(fires(call)).as(call).isFalse();
    }

    /**
     * Three openings and endings that hold one of a video's ideas with its audience or its own words:
     * a greeting to the audience with a welcome ("Hey guys, welcome back"), a request for the
     * audience's comments ("Let me know in the comments"), a goodbye till the next one said twice
     * over ("See you in the next one").
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Hey guys, welcome back.",
        "Hello everyone and welcome.",
        "היי חברים, ברוכים הבאים",
        "שלום לכולם וברוכים השבים",
        "Всем привет, добро пожаловать.",
        "مرحبا بكم جميعا",
        "Salut tout le monde et bienvenue.",
        "Hola a todos, bienvenidos de nuevo.",
        "Hallo Leute und willkommen zurück.",
        "Всем привет, с возвращением.",
        "Salut tout le monde, bon retour.",
        "Let me know in the comments.",
        "Write in the comments what you think.",
        "כתבו לי בתגובות",
        "ספרו לי בתגובות מה דעתכם",
        "Напишите в комментариях, что вы думаете.",
        "اكتبوا لي في التعليقات",
        "Dites-moi en commentaire.",
        "Escriban en los comentarios.",
        "Schreibt es in die Kommentare.",
        "See you in the next one.",
        "I'll see you in the next one. Bye.",
        "נתראה בפעם הבאה",
        "Увидимся в следующем.",
        "نراكم في المرة القادمة",
        "On se voit dans la prochaine.",
        "Nos vemos en el próximo.",
        // a week excuses a goodbye, not a thanks for watching
        "Thanks for watching, see you next week.",
        "תודה שצפיתם, נתראה בשבוע הבא",
        "Спасибо за просмотр, увидимся на следующей неделе",
    })
    void anAudienceGreetedAskedOrSeenAgainIsAVideosOwn(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    /**
     * What the third held-back set's misses were made of (Russian and Ukrainian endings of one idea),
     * as classes in several languages: thanks for the subscription, a like or a subscription asked for
     * with a verb of doing ("put a like", "subscribe to the channel"), the next part or a goodbye till
     * new meetings, and the video to watch.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Дякую за підписку!",
        "Спасибо за подписку!",
        "Thanks for subscribing!",
        "شكرا على اشتراككم",
        "Merci pour votre abonnement !",
        "Ставте лайки!",
        "Ставьте лайк!",
        "Give it a like!",
        "Dale like.",
        "ПОДПИШИСЬ НА КАНАЛ, ЧТОБЫ НЕ ПРОПУСТИТЬ НОЛИКИ.",
        "Підпишись на канал.",
        "Смотритев следующей части.",
        "До новых встреч.",
        "До нових зустрічей!",
        "Продолжение серии.",
        "Продовження далі...",
        "Смотрите На Видео",
        "Дивіться відео!",
        "Watch the video.",
        "Regardez la vidéo.",
        "شاهدوا الفيديو",
    })
    void anEndingOfOneIdeaWithItsVerbIsCaught(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    /** The same words as a caller says them: a flat's video, a contract to sign, a new flat. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, мы готовы подписать договор, перезвоните",
        "Давайте подпишем договор в следующий вторник",
        "Нас интересует новый дом в Ашдоде, пока",
        "Смотрите, квартира нам понравилась, но цена высокая",
        "Thanks, I watched the video of the flat, call me",
        "I like it, give me a call about the price",
        "Merci, j'ai regardé la vidéo de l'appartement, rappelez-moi",
        "В продолжение нашего разговора, перезвоните мне",
    })
    void aCallerWhoSaysTheseWordsIsNotCaught(String call) {
        assertThat(fires(call)).as(call).isFalse();
    }

    /** The bell, the like button or subscribe, pressed: a verb of pressing with what a video asks for. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Жмите колокольчик.",
        "Нажмите на колокольчик, чтобы не пропустить новые видео",
        "Натисніть на дзвіночок.",
        "לחצו על הפעמון",
        "תלחצו לייק",
        "اضغط على زر الإعجاب",
        "اضغطوا على الجرس",
        "Press the bell icon.",
        "Click the like button!",
        "Cliquez sur la cloche.",
        "Activa la campanita.",
        "Pulsa la campana",
        "Ative o sininho!",
        "Drückt die Glocke!",
        "Attivate la campanella.",
        "Zile basın.",
        "Kliknij dzwoneczek!",
        "Abonați-vă la canal!",
        "Abonați-vă!",
    })
    void aBellOrButtonPressedIsAVideosOwn(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    /** Thanks, and the next episode: the video thanked for is the next one, not one the agent sent. */
    @ParameterizedTest
    @ValueSource(strings = {
        "תודה ולהתראות בפרק הבא",
        "شكرا والى اللقاء في الحلقة القادمة",
        "Спасибо, до следующего видео",
        "Thanks, see you next video",
        "Merci et à la prochaine vidéo",
    })
    void thanksWithTheNextEpisodeIsAVideosOwn(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    /** A caller who presses, rings or clicks something of his own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Press one to talk to the agent, thanks",
        "לחצו על הקישור ששלחתי, תודה",
        "Click the link I sent you on WhatsApp",
        "Нажмите на кнопку домофона, я внизу",
        "اضغط على الرابط اللي بعتلك",
        "Ring the bell at the gate when you arrive",
        "Сонячна кімната, дзвоніть",
        "Appuyez sur le bouton de l'interphone",
    })
    void aCallerWhoPressesSomethingElseIsNotCaught(String call) {
        assertThat(fires(call)).as(call).isFalse();
    }

    /** A caller greets, asks to be written to, and says goodbye till a week or a place. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I'll see you at the next viewing then, bye.",
        "נתראה בפעם הבאה בדירה, תודה",
        "Welcome back from your trip, call me about the flat.",
        "OK, see you next week, bye",
        "אוקיי, נתראה בשבוע הבא, ביי",
        "Хорошо, увидимся на следующей неделе, пока",
        "طيب، نشوفك الأسبوع القادم، مع السلامة",
        "Vale, nos vemos la próxima semana, adiós",
        "Hi everyone at the office, it's Dana, call me back",
        "שלום לכולם, אני מתקשר לגבי הדירה",
        "תכתבו לי בוואטסאפ מה המחיר, תודה",
        "Write me on WhatsApp please, bye",
        "Let me know what you think, bye",
        "Напишите мне, пожалуйста, когда будет удобно",
        "Hey guys, the flat is great, see you soon",
        // an audience that is the sentence's subject, not addressed (a Debian fortune)
        "Everybody likes a kidder, but nobody lends him money.",
    })
    void aCallerWhoGreetsAsksOrSaysGoodbyeIsNotCaught(String call) {
        assertThat(fires(call)).as(call).isFalse();
    }

    /**
     * Every idea is written in every language the identifier names (Amharic and Greek, told by their
     * scripts, included): an ending is caught by what it says, not by which languages someone thought of.
     */
    @Test
    void everyIdeaIsWrittenInEveryLanguageTheIdentifierNames() throws IOException {
        Map<String, Set<String>> languagesByIdea;
        try (InputStream in = VideoOutroRule.class.getResourceAsStream("video-endings.tsv")) {
            languagesByIdea = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(columns -> !columns[1].equals("any"))
                    .collect(Collectors.groupingBy(columns -> columns[0],
                            Collectors.mapping(columns -> columns[1], Collectors.toCollection(TreeSet::new))));
        }
        Set<String> languages = new TreeSet<>(ScriptAwareLanguageIdentifier.NAMED);
        assertThat(languagesByIdea.keySet())
                .containsExactlyInAnyOrder("thanks", "watch", "video", "next", "engage", "remind", "credit", "welcome",
                        "audience", "tell", "following", "end", "hope", "enjoy", "film", "more", "opinion", "episode",
                        "previous", "programme", "session", "inhale", "exhale");
        languagesByIdea.forEach((idea, written) -> assertThat(written).as(idea).containsAll(languages));
    }
}
