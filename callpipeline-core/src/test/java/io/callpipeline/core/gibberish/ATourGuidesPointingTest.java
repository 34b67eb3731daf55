package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tour guide pointing his group at a sight ("On your right, you can see the old city walls", "מימינכם אפשר לראות
 * את חומות העיר העתיקה"): the hundred-and-forty-third held-back set wrote it in two languages, and the guard knew
 * neither. A caller tells the agent what is on the right of the building or of the entrance, and what it has. Left:
 * a guide's bare "Посмотрите налево" ("look left"), which a caller says on the way to his door too.
 */
class ATourGuidesPointingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And on your left you can see the famous Bahai Gardens.",
        "משמאלכם אפשר לראות את מגדל דוד",
        "מימינכם תוכלו לראות את הנמל העתיק של יפו",
        "Слева от вас вы можете увидеть старый порт.",
        "À votre droite, vous pouvez admirer la vieille ville.",
        "A su izquierda pueden ver la catedral.",
        "Zu Ihrer Rechten sehen Sie den alten Hafen.",
        "على يمينكم يمكنكم رؤية أسوار المدينة القديمة",
        // in wordings the hundred-and-forty-fourth held-back set's misses stood for
        "If you look to your left, you can see the Azrieli towers.",
        "לימינכם אפשר לראות את מגדלי עזריאלי",
        "מצד שמאל שלכם אפשר לראות את הים התיכון",
    })
    void aGuidesPointingIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "מימין לבניין יש חניה ציבורית, משמאל גן ילדים",
        "On your right when you enter there's the storage room, it's included.",
        "On your left you'll see the parking, the code is at the gate.",
        "Справа от дома есть парковка, а слева школа.",
        "À votre droite en entrant, il y a la cave, elle est comprise.",
        "À votre droite vous pouvez garer la voiture, il y a de la place.",
        // a caller's look to the right, at the parking
        "Посмотрите направо, там парковка для жильцов.",
        "Посмотрите направо, когда выйдете из лифта, там моя дверь.",
    })
    void aCallerPointingAtTheBuildingPasses(String text) {
        assertPasses(text);
    }
}
