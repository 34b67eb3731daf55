package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the ninety-second (Arabic alone) and ninety-third (Russian alone again) held-back sets missed, in the
 * languages that say them: what the presenter wanted to tell today in spoken Arabic's sayings ("احكيلكم", "قلكم",
 * "خبركم"); a rights-reserved line that names its channel ("حقوق النشر محفوظة لقناة…", "All rights reserved to…"); a
 * channel's welcome that tells what it is about in the present ("здесь я рассказываю о…", "here I talk about…"). The
 * callers beside them tell their agent about their flat, or name whom a flat's rights belong to.
 */
class ArabicAndRussianAloneAfterTheRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "هيك كل شي حبيت قلكم ياه اليوم، باي",
        "هيدا كل شي حبيت خبركن ياه اليوم",
        "هاد كل شي بدي احكيلكم ياه اليوم، يلا سلام",
    })
    void aSpokenArabicWrapUpOfWhatThePresenterWantedToTellIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "حقوق النشر محفوظة لقناة العربية",
        "All rights reserved to the BBC",
        "Все права защищены, телеканал Россия",
        "כל הזכויות שמורות לערוץ כאן",
    })
    void aRightsReservedLineNamingItsChannelIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Добро пожаловать на мой канал, здесь я рассказываю о переезде в Израиль",
        "Welcome to my channel, here I talk about moving to Israel",
        "ברוכים הבאים לערוץ שלי, כאן אני מדבר על החיים בישראל",
        "Bienvenidos a mi canal, aquí hablo de la vida en Israel",
    })
    void aChannelsWelcomeThatTellsWhatItIsAboutIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، حبيت احكيلك عن شقتي بيافا، رجعلي",
        "Здравствуйте, я рассказываю вам о своей квартире, перезвоните мне",
        "Hi, here I talk about the flat on Herzl, the owner wants to sell, call me",
        "All rights to the flat are reserved for my brother, he will call you on Sunday",
        "שלום, כאן אני מדבר על הדירה ברחוב הרצל, תחזרו אליי",
    })
    void aCallerWhoTellsAboutHisFlatPasses(String text) {
        assertPasses(text);
    }
}
