package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two shapes the thirty-eighth held-back set (the line between a call and an invention) found missed: a count whose
 * every number carries the same label, when the label is a caller's word ("קומה אחת, קומה שתיים…", "Первый этаж, второй
 * этаж…": a floor is what a caller names, but not five times over with nothing else), and a name spelt letter by letter
 * twice over with nothing else ("И, В, А, Н, О, В, А, И, В, А, Н, О, В, А"), which a loop said three times already was.
 * Callers who list their flats among their own words, or spell their name beside it, pass.
 */
class LabelledOrdinalsAndSpeltLoopsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "First floor, second floor, third floor, fourth floor, fifth floor",
        "Первый этаж, второй этаж, третий этаж, четвёртый этаж, пятый этаж",
        "الطابق الأول، الطابق الثاني، الطابق الثالث، الطابق الرابع، الطابق الخامس",
        "קומה אחת, קומה שתיים, קומה שלוש, קומה ארבע, קומה חמש",
        "Room one, room two, room three, room four, room five, room six",
    })
    void aCountWhoseEveryNumberIsACallersThingIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "К, О, Г, А, Н, К, О, Г, А, Н",
        "S, M, I, T, H, S, M, I, T, H",
        "ש, פ, י, ר, א, ש, פ, י, ר, א",
        "ح د ا د ح د ا د",
    })
    void aNameSpeltTwiceOverWithNothingElseIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Квартиры 1, 2, 3, 4, 5 свободны, приходите",
        "Flat 1, flat 2, flat 3, flat 4 and flat 5 are free this week",
        "קומה שנייה או שלישית, לא יותר גבוה בבקשה",
        "My name is Smith, S, M, I, T, H, Smith",
        "К, О, Г, А, Н, моя фамилия Коган, перезвоните",
        "Kohen, K, O, H, E, N, Kohen, K, O, H, E, N, call me back",
    })
    void aCallerWhoListsHisFlatsOrSpellsHisNamePasses(String text) {
        assertPasses(text);
    }
}
