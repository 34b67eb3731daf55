package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the hundredth (long ones) and hundred-and-first (English alone) held-back sets missed, as kinds: a long opening
 * whose Hebrew years ("עשר שנים") were read as Monday ("שני") or whose Russian "в первый год" as an hour, so a caller's
 * day or hour excused it; a podcast's or station's ident opening a long transcript ("You're listening to…", "Вы
 * слушаете…", "אתם מאזינים ל…"); the audience told to watch till the end in Ukrainian; a link the presenter leaves in
 * the description; a host who signs off as the audience's; this video's end reached and an order to comment; slang
 * crowds ("Peace out, fam"). The callers beside them leave links, ask whether they are heard, name years, fifty
 * thousand and Tuesday, or reached a video's end themselves.
 */
class LongIdentsHostsAndWordsReadAsDaysTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "היי לכולם, אני נועה, יועצת משכנתאות כבר חמש עשרה שנים, ובסרטון של היום אני אסביר לכם איך לבחור "
                + "מסלול משכנתא בלי ליפול בפח, אז תישארו איתי עד הסוף",
        "שלום לכולם, בסרטון של היום אני מראה לכם דירה ברמת גן שנמכרה בחמישים אחוז מעל המחיר, אז תישארו איתי עד הסוף",
        "Всем привет, сегодня в видео я расскажу, на что смотреть в первый год после покупки квартиры в "
                + "Израиле, так что смотрите до конца",
        "You're listening to Real Estate Talk Israel, I'm your host Ben, and today we're joined by an "
                + "architect who will explain what to check before renovating an old apartment",
        "אתם מאזינים לפודקאסט נדל\"ן בקטנה, אני המגיש שלכם עומר, והיום מתארחת אצלנו עורכת דין שתסביר מה "
                + "חשוב לבדוק לפני שחותמים על חוזה",
        "Vous écoutez le podcast Immobilier en Israël, je suis votre animatrice Claire, et aujourd'hui "
                + "nous recevons un notaire qui va nous parler des frais d'achat pour les nouveaux immigrants",
        "أنتم تستمعون إلى بودكاست بيتك في إسرائيل، معكم المقدم سامر، واليوم ضيفنا محامي رح يحكيلنا عن "
                + "أهم الأشياء قبل توقيع عقد الإيجار",
        "Всім привіт, сьогодні я покажу вам будинок у Реховоті з великим садом і басейном, тож дивіться відео до кінця",
        "I'll leave a link to the agency in the description box below",
        "Les dejo el enlace en la descripción para que vean el departamento completo",
        "אשים לכם קישור בתיאור לכל הדירות מהסרטון",
        "This has been your host Dana, see you next week",
        "С вами был ваш ведущий Артём, до новых встреч",
        "If you made it to the end of this video, comment your favourite room below",
        "אם הגעתם עד סוף הסרטון, תכתבו לי בתגובות מה הכי אהבתם",
        "Peace out, fam",
    })
    void theHundredthAndHundredAndFirstSetsKindsAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I left a link to the listing in the description box of the WhatsApp group, did you see it?",
        "You're listening to me? The line is bad, call me back",
        "I made it to the end of this video of the flat, comment: the kitchen is small, call me",
        "שלום, אני מחפש דירה כבר שנים, שניים וחצי חדרים, בחמישים אלף פחות, תחזור אליי בשלישי",
        "Мы ищем квартиру в первый год после репатриации, перезвоните в пять",
    })
    void aCallerWhoNamesYearsLinksOrAVideosEndPasses(String text) {
        assertPasses(text);
    }
}
