package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twenty-first held-back set's misses stand for, each in three languages or more (the set's own rows
 * moved to development): the audience thanked for following or listening in the verb's other forms ("تابعتونا",
 * "слушали", "ስላዳመጣችሁ"), a comment asked in Amharic's plural order ("አስቀምጡ"), what the audience thought ("חשבתם"),
 * the next episode in Ukrainian and Turkish ("випуск", "bölüm"), and "wait" among fillers ("Uh... wait... yeah...",
 * "Э... секунду... да...", "آه... لحظة..."). A caller who asks the agent to wait a second about his flat passes.
 */
class TwentyFirstSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا إنكم تابعتونا للآخر",
        "Спасибо, что слушали наш выпуск",
        "ስላዳመጣችሁን እናመሰግናለን",
        "ሀሳባችሁን በኮሜንት አስቀምጡ",
        "כתבו לנו מה חשבתם על הסרטון",
        "Не пропустіть наступний випуск, друзі",
        "Yeni bölümü kaçırmayın",
        "Hmm... wait... okay...",
        "Ну... секундочку... да...",
        "إي... لحظة... طيب...",
    })
    void theTwentyFirstSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Wait a second, I need to ask my wife about the flat",
        "Секунду, я уточню у мужа про квартиру",
        "لحظة، بسأل مرتي عن الشقة",
        "מה חשבתם על הדירה? תחזרו אליי",
        "Спасибо, что выслушали, перезвоню насчёт квартиры",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
