package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the seventy-seventh held-back set (Arabic and Russian alone) missed, each in the languages that say it: the
 * next issue's number said right after the one that was ("Это был второй выпуск, третий выйдет…"); a sponsor's line
 * that goes on to the sponsor's name; the audience asked what the next episode should talk about, whose "talk" is the
 * subject's and no caller's ask; an opening that calls its audience ("يا جماعة", "Друзья") before the subject. The
 * callers beside them pay in parts, name their agency, ask to talk, or greet the office and name an hour.
 */
class ArabicAndRussianChannelsAfterTheRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Это был пятый выпуск, шестой выйдет уже в среду",
        "That was episode four, five is out on Sunday",
        "Спонсор этого видео — компания «Новый дом»",
        "This video is brought to you by today's sponsor, Acme Mortgages",
        "Спонсор сегодняшнего выпуска — юридическая фирма «Право»",
        "اكتبولنا بالتعليقات شو بدكم نحكي بالحلقة الجاية",
        "اكتبولنا بالتعليقات عن شو بدكم نحكي المرة الجاية",
        "Напишите в комментариях, о чём нам поговорить в следующий раз",
        "يا جماعة، اليوم رح ورجيكم كيف تنظفوا المطبخ، يلا نبلش",
        "Друзья, сегодня я покажу, как выбрать диван. Поехали!",
    })
    void theKindsTheSetMissedAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Это был первый взнос, второй будет в пятницу, перезвоните",
        "My sponsor is my uncle, Acme Mortgages approved him, call me today",
        "بدي نحكي عن الشقة بكرا، اتصل فيي",
        "Напишите мне, о чём нам поговорить завтра на встрече",
        "يا جماعة، رح وصل عالشقة الساعة خمسة",
        "Друзья, я покажу вам квартиру завтра в десять",
    })
    void aCallerWhoPaysNamesOrAsksPasses(String text) {
        assertPasses(text);
    }
}
