package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixtieth held-back set's long inventions, an estate agents' channel's or a podcast's whole opening or ending read
 * sentence after sentence, and their kin in other languages. A long transcript is an invention when its pieces are
 * short inventions and the rest leans to them; four kinds of piece broke the row: the presenter saying what he will
 * show ("Today I'm going to show you a beautiful three-bedroom apartment in Herzliya", "היום אני אראה לכם דירת ארבעה
 * חדרים"), the flat the video was about that also says an ending's word ("Друзья, это был обзор трёхкомнатной
 * квартиры"), a wrap-up naming the tour ("Das war's für heute von unserer Wohnungsbesichtigung in Haifa"), and the
 * audience thanked for watching or listening to this episode, whatever it was about ("Gracias por escuchar este
 * episodio de nuestro podcast sobre bienes raíces"); a podcast's asks (rate and review, five stars, Apple Podcasts) and
 * its "That's our show for this week" were no ending's words. Long messages callers leave about the channel's video
 * they watched, liked or subscribed to, with a name, a number, a day or a question, pass.
 */
class LongToursAndEpisodesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey everyone, welcome back to the channel. Today I'm going to show you a beautiful three-bedroom apartment in"
                + " Herzliya. Before we start, make sure to hit that subscribe button.",
        "שלום לכולם וברוכים הבאים לערוץ שלי. היום אני אראה לכם דירת ארבעה חדרים מהממת בפתח תקווה. לפני שמתחילים, אל"
                + " תשכחו להירשם לערוץ וללחוץ על הפעמון.",
        "Hola a todos y bienvenidos al canal. Hoy les voy a mostrar un departamento precioso de tres ambientes en"
                + " Netanya. Antes de empezar, suscríbanse y activen la campanita.",
        "Bonjour à tous et bienvenue sur la chaîne. Aujourd'hui je vais vous montrer un superbe appartement de quatre"
                + " pièces à Ashdod. Avant de commencer, abonnez-vous et activez la cloche.",
        "Друзья, это был обзор трёхкомнатной квартиры в Ашдоде. Если видео было полезным, ставьте лайк, пишите вопросы"
                + " в комментариях и подписывайтесь на канал. Всем пока!",
        "Das war's für heute von unserer Wohnungsbesichtigung in Haifa. Wenn euch das Video gefallen hat, lasst einen"
                + " Daumen nach oben da und abonniert den Kanal. Tschüss!",
        "Gracias por escuchar este episodio de nuestro podcast sobre bienes raíces. Si te gustó, déjanos cinco"
                + " estrellas en Spotify y compártelo con alguien que esté buscando casa.",
        "That's our show for this week. If you enjoyed this episode about buying your first home, please rate and"
                + " review us on Apple Podcasts, and share it with a friend who's house hunting. Until next time.",
        "Thanks for listening to this episode about mortgages in Israel. If it helped, leave us a review and share it"
                + " with a friend. See you next time!",
        "Спасибо, что посмотрели этот выпуск про ипотеку. Если было полезно, поставьте пять звезд и поделитесь с"
                + " друзьями. До встречи!",
        "תודה שצפיתם בפרק הזה על משכנתאות. אם אהבתם, תנו לייק ותשתפו עם חברים. נתראה בפרק הבא!",
        "Merci d'avoir regardé cette vidéo sur l'achat d'un appartement. Laissez un avis, partagez-la et à bientôt !",
        "شكرا لمتابعتكم هالفيديو عن الشقة بحيفا",
    })
    void aLongOpeningOrEndingOfAToursChannelOrAPodcastIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, it's Sarah, I watched your video of the three-bedroom in Herzliya and I really liked it, I subscribed to"
                + " your channel too. Could you send me the floor plan and the price? My number is 054-3216549."
                + " Thanks, bye.",
        "Hi, I'll show you the documents for the flat on Sunday. Today I'm going to the bank. Call me back.",
        "Today I'm going to show you the flat on Herzl to my wife. Welcome back from abroad, by the way. Call me.",
        "That's all for today about the flat, the plumber comes on Monday at nine. Thanks, bye.",
        "Thanks for watching the kids, the video of the flat was great",
        "Thanks for watching the video I sent you of the flat, call me back",
        "Спасибо, что посмотрели видео квартиры, которое я прислал, перезвоните",
        "תודה שצפית בסרטון של הדירה ששלחתי, תחזור אליי",
        "Merci d'avoir regardé la vidéo de l'appartement, rappelez-moi",
        "Hola, soy Carlos, vi el video del departamento en Tel Aviv y me suscribí al canal. ¿Aceptan mascotas?"
                + " Mi número es 058-2223344. Gracias, nos vemos.",
        "I left a five stars review for your agency on Google, thanks for the help with the flat. Call me about the"
                + " contract.",
    })
    void aCallerWhoWatchedTheVideoPasses(String text) {
        assertPasses(text);
    }
}
