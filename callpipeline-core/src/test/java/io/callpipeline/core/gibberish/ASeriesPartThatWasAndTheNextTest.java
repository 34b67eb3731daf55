package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventieth held-back set's "That's the end of part one. Part two drops on Friday" and its kin: a series' part,
 * named by its number, said to have been or to end, and the next part promised. A part is every caller's word ("part
 * of the deal", "the first part of the payment"), so only a numbered part counts, and only once it was or ended; the
 * day the next part comes out is the series' schedule, no day a caller names. A caller who watched part one and asks
 * for part two, or pays in parts, passes.
 */
class ASeriesPartThatWasAndTheNextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that was part one. Part two is out on Sunday.",
        "זה היה חלק ראשון, החלק השני יעלה ביום ראשון.",
        "Это была вторая часть, третья часть выйдет в пятницу.",
        "هذا كان الجزء الثاني، والجزء الثالث الأسبوع الجاي.",
        "Y esta fue la segunda parte, la tercera parte sale el lunes.",
        "C'était la première partie, la deuxième partie arrive mardi.",
        "Das war der erste Teil, der zweite Teil kommt am Freitag.",
        "So that brings us to the end of part two. Part three comes out next Thursday.",
        // the next part's number without its word
        "Y esta fue la primera parte, la segunda sale el próximo martes.",
        "And that was part one, two comes out on Monday.",
        // the seventy-fifth set's: an episode that ends after its number, or ended before it
        "Вот и закончилась пятая серия, шестая выйдет через неделю.",
        "Ось і закінчилась третя серія, четверта вийде наступного тижня.",
        // Ukrainian's ordinals written with an apostrophe, which ICU spells with a letter of its own
        "Ось і закінчилась п'ята серія, шоста вийде наступного тижня.",
        "And so ends episode five, episode six is out next Friday.",
    })
    void aNumberedPartThatWasAndTheNextAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I watched part one of your video about the flat, when is part two coming out?",
        "That was part of the deal, the second payment is on Sunday, call me back.",
        "We paid the first part on Monday, the second part will come next month.",
        "ראיתי את החלק הראשון של הסרטון על הדירה, מתי יעלה החלק השני?",
        "זה היה חלק מההסכם, את החלק השני של הכסף נעביר ביום ראשון.",
        "Первую часть суммы я перевёл, вторую часть переведу в пятницу.",
        "La primera parte del pago fue ayer, la segunda parte te la doy el lunes.",
        "دفعنا الجزء الأول من المبلغ، والجزء الثاني يوم الأحد، اتصل فيي.",
        // a part of something it names, said to have been
        "That was the first part of the tour, the second one is on Sunday at five.",
        "Esta fue la primera parte del pago, la segunda te la doy el lunes.",
        "C'était la première partie du paiement, la deuxième arrive lundi.",
        "Das war der erste Teil der Zahlung, der zweite kommt am Montag.",
        "זה היה החלק הראשון של התשלום, השני יגיע בחודש הבא.",
        // the seventy-fifth set's false positive: a part of what the next word names, in a language with no "of"
        "Это была первая часть документов, вторую привезу в среду.",
        "Це була перша частина документів, другу привезу в середу.",
        "To była pierwsza część dokumentów, drugą przywiozę w środę.",
    })
    void aCallerWhoWatchedAPartOrPaysInPartsPasses(String text) {
        assertPasses(text);
    }
}
