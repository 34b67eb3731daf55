package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A show's name after an article ("That's all for today's episode of the Tel Aviv Property Show", "Das war's für die
 * heutige Folge vom Haifa Immobilien Podcast"): the hundred-and-seventh held-back set's English said it, and the guard
 * read a title only when every word of it was capitalised, so "the" made the show's name a caller's words. A caller
 * names the flat's street after "of the". Left: a day between the episode and its show ("l'épisode d'aujourd'hui du
 * Tel Aviv Property Show").
 */
class AnEpisodesShowNamedAfterAnArticleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's all for today's episode of the Tel Aviv Property Show.",
        "That's it for this week's episode of the Jerusalem Homes Podcast",
        "C'est tout pour cet épisode du Tel Aviv Property Show",
        "Eso es todo por el episodio de hoy del Show Inmobiliario",
        "Das war's für die heutige Folge vom Haifa Immobilien Podcast",
    })
    void anEpisodesEndNamingItsShowAfterAnArticleIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I saw the episode of the Property Show about my street, call me",
        "That's all for the deposit of the Herzl Street flat, thanks",
        "Thanks for the video of the Ben Yehuda Street apartment, see you Sunday",
        "C'est tout pour la visite du Grand Appartement? Rappelez-moi",
    })
    void aCallerNamingAStreetOrAShowHeSawPasses(String text) {
        assertPasses(text);
    }
}
