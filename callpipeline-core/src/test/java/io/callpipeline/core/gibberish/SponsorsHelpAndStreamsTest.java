package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ideas of a video's ending no list held, found by writing thirty Hebrew endings of our own after the sixteenth set
 * (no held-back row read), each in at least three languages: a sponsor ("הסרטון הזה בחסות", "This video is sponsored
 * by…"), a hope that the video helped ("אני מקווה שהסרטון עזר לכם"), thanks to its followers or to whoever is watching,
 * more content to keep watching, the next live stream, an invitation to subscribe to whoever has not, a wrap-up "from
 * us", a wish for the week. Left: "If you haven't subscribed to the channel yet, now's the time", whose last words
 * read as what the channel is of ("a channel of equipment supplies"). A caller whose documents helped, whose flat
 * looks onto the sea, or who follows the agency's listings passes.
 */
class SponsorsHelpAndStreamsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הסרטון הזה בחסות",
        "This video is sponsored by NordVPN",
        "Спонсор этого видео Skillbox",
        "هذا الفيديو برعاية شركة",
        "Cette vidéo est sponsorisée par Dashlane",
        "Este video está patrocinado por Audible",
    })
    void aSponsoredVideoIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני מקווה שהסרטון עזר לכם",
        "I hope this video helped you",
        "Надеюсь, это видео было полезным",
        "أتمنى أن يكون الفيديو مفيدا لكم",
        "J'espère que cette vidéo vous a aidés",
        "Espero que este video les haya servido",
    })
    void aHopeThatTheVideoHelpedIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה לכל העוקבים החדשים",
        "Thanks to all the new followers",
        "شكرا لكل المتابعين الجدد",
        "תודה לכל מי שצופה, אתם הכי טובים",
        "תמשיכו לצפות, יש עוד הרבה תוכן בערוץ",
        "Keep watching, there's more content on the channel",
        "تابعوا المشاهدة، في محتوى كثير على القناة",
        "נשמח לראות אתכם בלייב הבא",
        "See you at the next livestream",
        "Увидимся на следующем стриме",
        "نراكم في البث القادم",
        "מי שעוד לא נרשם לערוץ, זה הזמן",
        "Кто ещё не подписался на канал, подписывайтесь",
        "אם עוד לא נרשמתם לערוץ, הירשמו",
        "זה הכל מאיתנו, להתראות",
        "That's all from us, goodbye",
        "На этом от нас всё, до свидания",
        "שיהיה לכם שבוע מעולה, ביי",
        "Хорошей всем недели, пока",
        "أسبوع سعيد للجميع، باي",
    })
    void theirFollowersStreamsAndWishesAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "מקווה שהמסמכים עזרו, תתקשר אליי",
        "I hope the documents helped, call me back",
        "Спасибо, документы очень помогли, до встречи в четверг",
        "הדירה צופה לים, תודה",
        "תודה, אני עוקב אחרי המודעות שלכם",
        "Have a great week, see you Sunday at the flat",
        "שבוע טוב, נדבר",
        "אפשר לצפות בדירה מחר?",
        "Thanks to all the new tenants, the building is full",
        "The content of the contract is fine, thanks",
        "אשתי צופה בסרטון עכשיו",
        "תוכן ההסכם בסדר, תודה",
    })
    void aCallerSayingTheSameWordsIsACall(String text) {
        assertPasses(text);
    }
}
