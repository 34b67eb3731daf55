package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video thanks its audience for more than watching: for its support, its attention, its time, for staying to the end
 * or being there ("Thank you for your support", "Спасибо, что были с нами", "תודה שנשארתם עד הסוף", "شكرا على دعمكم
 * للقناة"), and for watching in the verb's other forms ("пересмотрели", "obejrzeliście", "zugeschaut", Italian's
 * elided "l'ascolto"). Found by writing such thanks in many languages after the fourteenth held-back set was scored;
 * none is that set's. A caller who thanks the agent for his support with the flat, or for his time on a named day,
 * passes.
 */
class ThanksForTheAudiencesTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you for your support",
        "Thanks so much for all your support, guys",
        "Спасибо за поддержку канала",
        "Дякуємо за вашу підтримку",
        "תודה על התמיכה בערוץ",
        "شكرا على دعمكم للقناة",
        "Merci pour votre soutien",
        "Gracias por su apoyo",
        "Obrigado pelo apoio de sempre",
        "Danke für eure Unterstützung",
    })
    void aThanksForTheAudiencesSupportIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что были с нами",
        "Спасибо, что остаётесь с нами",
        "Дякуємо, що були з нами",
        "Thanks for being here",
        "Thank you for being with us today",
        "Thanks for sticking around till the end",
        "Thanks for stopping by",
        "תודה שנשארתם עד הסוף",
        "Merci d'être restés jusqu'à la fin",
        "Gracias por acompañarnos",
        "شكرا لكم على وقتكم",
        "ስለ ጊዜያችሁ እናመሰግናለን",
    })
    void aThanksForStayingOrBeingThereIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что пересмотрели это видео",
        "Дякую, що переглянули відео",
        "Dziękuję, że obejrzeliście",
        "Dzięki, że oglądaliście",
        "Danke, dass ihr zugeschaut habt",
        "Grazie per l'ascolto",
        "תודה על תשומת הלב",
        "شكرا على حسن الإصغاء",
    })
    void aThanksForWatchingOrListeningInOtherFormsIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you for your support with the mortgage, call me tomorrow",
        "Спасибо за поддержку с договором, перезвоните мне в среду",
        "תודה על התמיכה בעניין הדירה, נדבר ביום שני",
        "شكرا على دعمكم بموضوع الشقة، اتصل فيني بكرا",
        "Merci pour votre soutien pour l'appartement, rappelez-moi",
        "Thanks for being here on Sunday, we loved the flat",
        "Спасибо, что были с нами на просмотре квартиры",
    })
    void aCallerWhoThanksForSupportWithTheFlatIsACall(String text) {
        assertPasses(text);
    }
}
