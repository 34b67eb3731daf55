package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience told to sign up for the presenter's newsletter or mailing list ("Sign up for our free newsletter to get
 * the latest listings in your inbox every week", "הירשמו לניוזלטר שלנו", "Подпишитесь на нашу рассылку"): the held-back
 * sets' presenters ended so, and the guard read the listings and the inbox as a caller's. A caller says he signed up,
 * asks to be added or to be sent the listings.
 */
class ANewsletterSignUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign up for our newsletter and get new listings every week.",
        "Join our mailing list for the latest deals.",
        "הירשמו לניוזלטר שלנו וקבלו את כל הדירות החדשות.",
        "Подпишитесь на нашу рассылку, чтобы не пропустить новые квартиры.",
        "اشتركوا في النشرة البريدية لتصلكم أحدث العروض.",
        "Inscrivez-vous à notre newsletter pour recevoir les nouvelles annonces.",
        "Suscríbete a nuestro boletín y recibe las novedades.",
        "Melden Sie sich für unseren Newsletter an.",
    })
    void anOrderToSignUpForTheNewsletterIsAPresenters(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I signed up for your newsletter but I didn't get the listings, can you check?",
        "Can you add me to your mailing list? My email is dana at gmail.",
        "נרשמתי לניוזלטר שלכם ולא קיבלתי כלום, אפשר לבדוק?",
        "Я подписался на вашу рассылку, но ничего не приходит.",
        "Je me suis inscrit à votre newsletter, mais je ne reçois rien.",
        "Sign up for our building's committee meeting on Sunday.",
    })
    void aCallerWhoSignedUpPasses(String text) {
        assertPasses(text);
    }
}
