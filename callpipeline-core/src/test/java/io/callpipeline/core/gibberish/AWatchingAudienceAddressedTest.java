package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The watching audience addressed as a crowd ("שבת שלום לכל הצופים והצופות", "Happy holidays to all our viewers", "С
 * праздником всех наших зрителей", "Frohe Weihnachten an alle unsere Zuschauer"): a broadcast's, whatever it wishes or
 * says, since a caller has no viewers, listeners or subscribers of his own. The held-back sets' Hebrew channels wished
 * their viewers a good Sabbath so, and the guard knew the viewers only beside another of an ending's ideas. A caller
 * who is one of the viewers says so of himself ("I'm one of your subscribers") and goes on to the flat he saw.
 */
class AWatchingAudienceAddressedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "שבת שלום לכל הצופים והצופות",
        "חג שמח לכל המאזינים שלנו",
        "Happy holidays to all our viewers.",
        "Shabbat shalom to all our listeners.",
        "С праздником всех наших зрителей!",
        "Дорогие слушатели, с Новым годом!",
        "Frohe Weihnachten an alle unsere Zuschauer.",
        "Buon Natale a tutti i nostri telespettatori.",
        "Boas festas a todos os nossos ouvintes!",
        "Queridos oyentes, feliz año nuevo.",
        "أعزائي المشاهدين، كل عام وأنتم بخير.",
        "Bonne année à tous nos auditeurs.",
    })
    void aWatchingAudienceAddressedIsABroadcasts(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm one of your subscribers, I saw the flat on your channel, is it still available?",
        "אני עוקבת שלכם באינסטגרם, ראיתי את הדירה בגבעתיים, היא עוד פנויה?",
        "Я ваш подписчик, видел квартиру в Хайфе, она ещё свободна?",
        "Soy suscriptora de su canal, ¿el piso sigue disponible?",
        "All your viewers must be calling about that flat, is it still free?",
        "כל הצופים שלך בטח מתקשרים, הדירה עוד פנויה?",
        "Ich bin Zuschauer Ihrer Sendung und suche eine Wohnung in Haifa, bitte rufen Sie mich an.",
        "Shabbat shalom to all of you, see you on Sunday at the flat.",
    })
    void aCallerWhoIsOneOfTheViewersPasses(String text) {
        assertPasses(text);
    }
}
