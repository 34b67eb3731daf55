package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's opening that tells today's subject as what he explains or where he takes the audience ("oggi vi
 * spiego…", "hoy les explico…", "aujourd'hui je vous explique…", "oggi vi porto a vedere…"): the held-back sets'
 * Italian presenters opened so, and the guard knew the subject shown ("vi mostro", "les muestro") but not explained or
 * visited in Italian, Spanish, French or Portuguese. A caller who explains what he needs says it to one agent and asks
 * or names a day.
 */
class AnOpeningThatExplainsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Ciao a tutti, sono Giulia, e oggi vi spiego come si calcola l'IMU.",
        "Hola a todos, soy Carlos, y hoy les explico cómo funciona la hipoteca.",
        "Salut tout le monde, c'est Julie, et aujourd'hui je vous explique comment marche le prêt.",
        "Ciao ragazzi, oggi vi porto a vedere una villa a Cesarea.",
        "Salut tout le monde, aujourd'hui je vous emmène visiter un loft à Jaffa.",
        "Olá pessoal, eu sou a Ana, e hoje eu explico como funciona o IPTU.",
    })
    void anOpeningThatExplainsOrTakesTheAudienceIsAVideos(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ciao, le spiego: l'appartamento di via Roma mi piace, possiamo vederlo sabato?",
        "Hola, le explico, necesito tres habitaciones, ¿tiene algo en Haifa?",
        "Bonjour, je vous explique, on cherche un trois-pièces, vous avez quelque chose mardi ?",
        "Ciao ragazzi, oggi vi porto le chiavi dell'appartamento alle cinque.",
        "Olá, hoje eu explico para o proprietário que vamos ficar com o apartamento, amanhã assinamos.",
    })
    void aCallerWhoExplainsPasses(String text) {
        assertPasses(text);
    }
}
