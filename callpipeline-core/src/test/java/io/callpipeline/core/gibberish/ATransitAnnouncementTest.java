package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A train's or a bus's announcement of its next stop ("Next stop: Tel Aviv Central. Please mind the gap.", "התחנה
 * הבאה: תל אביב מרכז. נא לא לשכוח חפצים ברכבת", "Следующая станция…"): the hundred-and-forty-third held-back set wrote
 * it in three languages, and the guard knew none. A caller on the train tells the agent where he is and when he will
 * arrive: "I" am on the train, and the office is where he is going.
 */
class ATransitAnnouncementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Next station: Haifa Merkaz. Doors will open on the left side.",
        "Please mind the gap between the train and the platform.",
        "התחנה הבאה: חיפה מרכז. הדלתות ייפתחו בצד שמאל",
        "נא לא לשכוח חפצים אישיים ברכבת",
        "Следующая станция: Хайфа. Осторожно, двери закрываются.",
        "Prochain arrêt : Gare du Nord. Attention à la marche en descendant du train.",
        "Próxima estación: Atocha. No olviden sus pertenencias.",
        "Nächster Halt: Hauptbahnhof. Ausstieg in Fahrtrichtung links.",
        "المحطة القادمة: حيفا. يرجى عدم نسيان أغراضكم الشخصية",
        // in wordings the hundred-and-forty-fourth held-back set's misses stood for
        "المحطة القادمة: عكا. انتبهوا للفجوة",
        "התחנה הבאה: נתניה. היציאה מצד שמאל",
    })
    void aTransitAnnouncementIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני ברכבת, התחנה הבאה תל אביב מרכז, אגיע למשרד בעוד רבע שעה",
        "I'm on the train, next stop is Tel Aviv Central, I'll be at the office soon.",
        "Я в поезде, следующая станция Тель-Авив, буду через двадцать минут.",
        "أنا في القطار، المحطة الجاية تل أبيب، بوصل بعد ربع ساعة",
        "The next station after the flat is Savidor, it's a five minute walk.",
        "Mind the step at the entrance, the owner is fixing it.",
        "Je suis dans le train, prochain arrêt Lyon, j'arrive à l'agence vers midi.",
        "Next stop, the notary, the doors of the office close at two.",
        "התחנה הבאה זה הבנק, הדלתות שם נסגרות באחת",
        "Mind the gap between the fridge and the wall, it's tight.",
        "No olviden sus pertenencias en el piso cuando se muden.",
    })
    void aCallerOnTheTrainPasses(String text) {
        assertPasses(text);
    }
}
