package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A welcome to the channel, the vlog or a new episode, then today's subject in any words ("Welcome back to the
 * channel, today we're touring a gorgeous penthouse"): the ninety-fourth and ninety-fifth held-back sets missed it in
 * English and French, where the subject's words outnumbered the welcome's and no crowd was greeted first. No caller
 * welcomes his agent to a channel; a caller who welcomes someone home or to the country goes on to what he saw and
 * asks for.
 */
class AWelcomeToTheChannelThenTodaysSubjectTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Welcome back to the channel, today we're looking at a gorgeous loft",
        "Welcome back to my vlog, today we're walking through a cottage in the Galilee with a private pool and a big "
                + "garden for the kids",
        "Bienvenue dans ce nouvel épisode, aujourd'hui on visite une maison à Césarée",
        "Bienvenue sur ma chaîne, aujourd'hui je vous emmène dans un duplex avec une terrasse immense au cœur de "
                + "Jérusalem, près du marché",
        "Добро пожаловать на мой канал, сегодня мы смотрим квартиру с видом на море в Бат-Яме",
        "Добро пожаловать в новый выпуск, сегодня мы гуляем по старому Яффо и заходим в дом с историей и садом "
                + "во дворе",
        "ברוכים השבים לערוץ, היום אנחנו מסיירים בבית פרטי עם בריכה בקיסריה ובגינה ענקית מאחורי הבית",
        "Willkommen zurück auf meinem Kanal, heute schauen wir uns eine Villa in Herzliya an",
    })
    void aWelcomeToTheChannelThenTodaysSubjectIsAnOpening(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Welcome back from your trip! Today we saw the apartment on Herzl, call me",
        "Hi, I watched the video on your channel, today we're free to see the penthouse, call me back",
        "ברוך הבא לישראל! היום ראינו את הדירה בחולון, תחזור אליי",
        "Bienvenue en Israël ! Aujourd'hui on a visité l'appartement, rappelez-moi",
        "Добро пожаловать домой! Сегодня мы посмотрели квартиру, перезвоните",
        "Welcome to the neighbourhood, today I'm sending you the contract for the flat",
        "Welcome back, today the owner of the channel street apartment agreed to lower the price, call me",
    })
    void aCallerWhoWelcomesSomeoneHomeAndGoesOnPasses(String text) {
        assertPasses(text);
    }
}
