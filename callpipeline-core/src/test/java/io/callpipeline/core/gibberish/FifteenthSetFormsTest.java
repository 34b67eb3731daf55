package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of the fifteenth held-back set's misses at its first scoring, in other words and at least three
 * languages each: a video asking its audience's opinion before asking for a comment ("What do you think? Let me know
 * in the comments", "מה דעתכם? כתבו בתגובות"), where a question had made any ending a caller's; a credit that names
 * a team or says the work was done ("Перевод выполнен командой сайта"); and the listed words' other forms (a clip,
 * "leave it", "don't hesitate to", a bye, "valeu", "compartilha", "Abo"). A caller who asks what the agent thinks of
 * the flat, or whose team did the translation of the lease, passes.
 */
class FifteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "What did you think? Tell me in the comments",
        "What do you guys think? Drop a comment below",
        "מה אתם חושבים? כתבו לי בתגובות",
        "ما رأيكم بالفيديو؟ اكتبوا في التعليقات",
        "Что вы думаете? Напишите в комментариях",
        "Qu'est-ce que vous en pensez ? Écrivez-le en commentaire",
        "¿Qué les pareció? Escriban en los comentarios",
        "O que vocês acharam? Deixem nos comentários",
    })
    void anOpinionAskedBeforeACommentIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What do you think about the flat? Call me back",
        "מה דעתך על הדירה? תחזור אליי",
        "Что вы думаете о квартире? Перезвоните мне",
        "ما رأيك بالشقة؟ اتصل فيني",
        "Qu'en pensez-vous ? L'appartement vous plaît ? Rappelez-moi",
        "What do you think? Can we meet on Sunday to sign?",
    })
    void aCallerWhoAsksTheAgentsOpinionIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Перевод выполнен командой сайта",
        "Субтитры сделаны командой проекта",
        "Translation done by the volunteer team",
        "Traduction réalisée par l'équipe du site",
        "Traducción hecha por el equipo",
        "התרגום נעשה על ידי צוות האתר",
        "الترجمة تمت بواسطة فريق الموقع",
    })
    void aCreditNamingATeamOrTheWorkDoneIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "شاركوا هذا المقطع مع الجميع",
        "شاهدوا المقطع حتى النهاية، باي",
        "إذا عندكم استفسار اتركوه في التعليقات",
        "Y eso fue todo en el video de hoy, chao",
        "N'hésitez pas à commenter et à vous abonner",
        "No dudes en comentar y compartir",
        "Valeu pela audiência, até mais",
        "Deixa o teu like e compartilha o vídeo",
        "Lasst gerne ein Abo und ein Like da",
        "ሀሳባችሁን በኮሜንት አካፍሉን",
        "Until next time, take care of yourselves",
        "תודה שהגעתם עד הסוף, אתם מדהימים",
        // "you", to whom an ending's words go on
        "Partagez cette chaîne autour de vous",
        "Share the channel with all of your friends",
        "Поделитесь этим видео со всеми, кого вы знаете",
        "Compartan este video con todos ustedes",
        "¿Y ustedes qué piensan? Déjenlo en los comentarios",
    })
    void theListedWordsOtherFormsAreAnEnding(String text) {
        assertCaught(text);
    }

    /**
     * Russian and Ukrainian orders to the audience with a verb's prefix or another verb for the same idea, found by
     * writing such orders after the fifteenth set's rules: "поделись", "посмотрите", "допишите", "отпишитесь",
     * "залишайте", "не пропустіть", "оцените видео". An order about a video alone ("Заходите на наш канал") is left: a
     * caller says "leave me the link", "напишите мне про видео".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Поделись этим роликом",
        "Отпишитесь в комментариях, что думаете",
        "Допишите в комментариях",
        "Посмотрите другие наши видео",
        "Залишайте коментарі",
        "Не пропустіть нові відео",
        "Дякую, що дочитали до кінця",
        "Оцените видео",
        "Оцініть відео",
    })
    void aSlavicOrderToTheAudienceInAnotherVerbIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Оцените квартиру, пожалуйста, и перезвоните",
        "Посмотрите квартиру в среду, она вам понравится",
        "Заходите к нам в офис в четверг, обсудим договор",
        // found writing these: a caller's thanks after the link or video he asked for himself was judged an ending
        "Leave me the link, thanks",
        "Оставьте мне ссылку на видео, спасибо",
        "Laissez-moi le lien de la vidéo, merci",
        "Напишите мне про видео",
        "Déjame el link",
    })
    void aSlavicCallerWhoUsesTheseVerbsIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The translation was done by our legal team, the lease is ready, call me",
        "Перевод договора выполнен нашей командой, можно забирать в среду",
        "שלחתי לך מקטע מהחוזה, תחזור אליי לגבי הדירה",
        "Lasst uns am Montag die Wohnung ansehen, danke",
        "I'll be there at five, take care, bye",
    })
    void aCallerWhoSaysTheseWordsAboutTheFlatIsACall(String text) {
        assertPasses(text);
    }

    /**
     * Short messages a caller leaves, found writing them after the fifteenth set's rules, which the guard judged a
     * video's ending: a speaker telling what he watched, liked or subscribed to a word or two before it ("Thanks, I'll
     * watch it later", "We liked the video a lot, thanks", "I subscribed to your updates, thanks"), a goodbye said
     * twice over after thanks for help ("bye bye" is one goodbye), an Amharic thanks for the video (said after it), a
     * Spanish request written with its accent ("Mándame el enlace"), praise of the video sent ("Great video, thanks"),
     * an office's voicemail to everyone, a hope that the tour pleased (a video's hope is for its audience, in the plural),
     * and the next viewing of the flat (Hebrew's and Russian's word for a video's viewing, with an appointment's
     * preposition).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks, I'll watch it later",
        "Merci, je regarderai plus tard",
        "Thank you, we watched it, very nice place",
        "We liked the video a lot, thanks",
        "I subscribed to your updates, thanks",
        "אהבנו את הסרטון, תודה",
        "Thank you for your help, bye bye",
        "תודה על העזרה, ביי ביי",
        "Спасибо за помощь, пока-пока",
        "ስለ ቪዲዮው አመሰግናለሁ፣ ጥሩ ይመስላል",
        "Mándame el enlace por favor, gracias",
        // a caller's praise of the video he was sent, an office's voicemail, a hope that the tour pleased, the next viewing
        "Great video, thanks",
        "Отличное видео, спасибо",
        "סרטון מעולה, תודה",
        "فيديو رائع، شكرا",
        "Super vidéo, merci",
        "שלום לכולם, זאת דנה מהמשרד, הפגישה נדחתה",
        "Всем привет, это Дана из офиса, встреча переносится",
        "I hope you enjoyed the tour",
        "מקווה שנהנית בסוף השבוע",
        "Надеюсь, вам понравилась экскурсия",
        "See you at the next viewing, bye",
        "נתראה בצפייה הבאה, ביי",
        "Увидимся на следующем просмотре, пока",
        "مرحبا يا شباب، وصلنا عالبناية",
        "Hello guys, we are downstairs",
        "Привет, ребята, мы уже внизу",
        "שלום חברים, אנחנו למטה",
        // a landlord's thanks to all who helped, the tenants found
        "Спасибо всем, кто поделился моим постом, жильцов нашли, пока.",
        "תודה לכולם ששיתפו, מצאנו שוכרים, ביי",
        "Thanks everyone, we found a tenant, bye",
        // "ביי" is written "בי" once its doubled yod is read once, and two letters are inside many words ("להביא")
        "אל תשכחו להביא את המפתחות, תודה, ביי",
        "תזכרו להביא תעודת זהות, תודה, ביי",
    })
    void aCallersShortMessageIsACall(String text) {
        assertPasses(text);
    }

    /** Polish "i" is "and", not the English speaker: the order before it stays an ending's (found writing the above). */
    @ParameterizedTest
    @ValueSource(strings = {
        "Zasubskrybuj kanał i zostaw łapkę w górę",
        "Subskrybuj i zostaw komentarz",
        "Kliknij dzwonek i subskrybuj kanał",
    })
    void aPolishOrderJoinedByAndIsAnEnding(String text) {
        assertCaught(text);
    }
}
