package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fourth held-back set's "So that's the end of the tour, thank you for watching" and its kin in five more
 * languages: the tour of the flat said to end, and the audience thanked for watching it. The tour and the flat are a
 * caller's words, which excused the ending; but no caller thanks anyone for watching after saying the tour is over. A
 * caller who thanks someone for watching something of his ("my bag", "the kids") or names a day passes.
 */
class TheTourEndedAndTheAudienceThankedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that's the end of our tour of this lovely apartment, thank you for watching.",
        "וזה סוף הסיור שלנו בדירה, תודה שצפיתם.",
        "Вот и подошла к концу наша экскурсия по квартире, спасибо за просмотр.",
        "Y aquí termina el recorrido por el departamento, gracias por ver.",
        "Voilà, c'est la fin de la visite de l'appartement, merci d'avoir regardé.",
        "وهيك انتهت جولتنا في الشقة، شكراً على المشاهدة.",
    })
    void aTourEndedAndWatchedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The tour ended at six, thanks for watching my bag, I'll pick it up tomorrow.",
        "Thank you for watching the kids at the end of the tour, they loved the garden.",
        "Спасибо, что присмотрели за ребёнком в конце показа квартиры, перезвоню завтра.",
        "Gracias por cuidar a los niños al final de la visita del piso, te llamo el lunes.",
        "תודה שהשגחת על הילדים בסוף הסיור בדירה, נדבר מחר.",
    })
    void aCallerWhoThanksForWatchingSomethingPasses(String text) {
        assertPasses(text);
    }
}
