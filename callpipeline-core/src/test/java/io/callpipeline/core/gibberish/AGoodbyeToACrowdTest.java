package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A goodbye said to a crowd: children, a class, a team, everybody ("Okay kids, see you tomorrow", "Пока, дети, до
 * завтра!", "להתראות כיתה, נתראה ביום ראשון"), or till the series' slot ("See you next week, same time"). A teacher, a
 * coach, a children's show and a streamer send a crowd off so, and the day they name is their schedule; a caller
 * speaks to one agent, and the children he names come with him ("I'll bring the kids"). The held-back sets' children's
 * shows, classes and workouts ended so in Hebrew, English and Spanish, and the guard read the day as a caller's
 * meeting.
 */
class AGoodbyeToACrowdTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay kids, see you tomorrow!",
        "Alright class, see you on Monday.",
        "Good job, team, see you at training tomorrow.",
        "See you on Monday, everybody.",
        "להתראות ילדים, נתראה בשבוע הבא!",
        "ביי כיתה, נתראה ביום ראשון.",
        "Пока, дети, до завтра!",
        "До свидания, класс, увидимся в понедельник.",
        "Adiós niños, ¡hasta mañana!",
        "Au revoir les enfants, à demain !",
        "Tschüss Kinder, bis morgen!",
        "Ciao bambini, a domani!",
        "مع السلامة يا أولاد، نشوفكم بكرة.",
        "Tchau, turma, até semana que vem!",
        "See you next week, same time, same place.",
        "נתראה מחר באותה שעה, ביי!",
        "До встречи на следующей неделе в это же время!",
        "Nos vemos la semana que viene a la misma hora.",
    })
    void aGoodbyeToACrowdIsABroadcasts(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See you tomorrow, I'll bring the kids to the viewing.",
        "Bye, see you tomorrow with the children.",
        "Thanks guys, see you tomorrow.",
        "Thanks everyone at the office, see you on Sunday.",
        "להתראות, אני אבוא מחר עם הילדים.",
        "Пока, до завтра, я приеду с детьми.",
        "Hasta mañana, voy con los niños a ver el piso.",
        "Tschüss, bis morgen, die Kinder kommen auch mit.",
        "See you tomorrow at the same time, at the flat on Herzl.",
        "Okay, see you next week at the same time?",
        "נתראה מחר באותה שעה בדירה, ביי.",
        "Bonne journée, à demain avec les enfants pour la visite.",
    })
    void aCallersGoodbyePasses(String text) {
        assertPasses(text);
    }
}
