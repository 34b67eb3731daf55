package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An interview show's guest introduced, today's or next week's ("My guest today is a mortgage broker…", "Сегодня у нас
 * в гостях юрист…", "ضيفنا اليوم هو خبير…", "Join us next week when we sit down with a mortgage broker"): the held-back
 * sets' podcasts announced their guests so, and the guard read the broker and the lawyer as a caller's business. A
 * caller has guests at home, brings a lawyer to the viewing or asks.
 */
class AGuestIntroducedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "My guest today is a mortgage broker with twenty years of experience.",
        "Joining me today is Dana Levi, a property lawyer from Haifa.",
        "Next week, when we sit down with a leading economist, we talk about rates.",
        "האורחת שלנו היום היא עורכת דין שמתמחה בנדל\"ן.",
        "איתי באולפן היום יועץ המשכנתאות אבי כהן.",
        "Сегодня у нас в гостях юрист по недвижимости Анна Коган.",
        "Мой гость сегодня — ипотечный брокер из Тель-Авива.",
        "ضيفنا اليوم هو خبير في سوق العقارات.",
        "Mon invité aujourd'hui est un expert en immobilier.",
        "Nuestro invitado de hoy es un experto en hipotecas.",
        "Mein Gast heute ist eine Expertin für Immobilienrecht.",
        "Il nostro ospite di oggi è un esperto di mutui.",
    })
    void aGuestIntroducedIsAShows(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We have guests today, can we move the viewing to tomorrow?",
        "My lawyer is joining me today at the viewing, is that okay?",
        "האורחים שלנו מגיעים היום, אפשר לדחות את הפגישה למחר?",
        "У нас в гостях мама, можно я перезвоню позже?",
        "عنا ضيوف اليوم، ممكن نأجل الموعد لبكرا؟",
        "J'ai des invités aujourd'hui, on peut reporter la visite à demain ?",
        "Tenemos invitados hoy, ¿podemos cambiar la visita a mañana?",
        "I'll bring my lawyer, he's an expert in these contracts, see you at five.",
        "We sit down with the lawyer on Sunday at the flat.",
        "Tomorrow we sit down with the lawyer and the seller.",
        "I'm joined by my lawyer today.",
        "We sit down with the lawyer and sign, then you get the keys.",
    })
    void aCallerWithGuestsOrALawyerPasses(String text) {
        assertPasses(text);
    }
}
