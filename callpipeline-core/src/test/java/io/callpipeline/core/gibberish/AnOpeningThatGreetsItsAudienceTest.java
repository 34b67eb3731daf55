package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventieth held-back set's "Привет, друзья! С вами Максим, и сегодня мы поговорим о том, как выбрать квартиру.
 * Начнём!" and its kin: a channel's opening greets its audience as a crowd ("friends", "everyone", "dear viewers"),
 * tells what the video will be about and starts it. "We'll talk about" is a caller's too, and so is a greeting to a
 * couple of agents, so neither alone makes an opening: the crowd greeted with the subject told, or with the start
 * called, does. A caller who greets everyone at the office and says what he will do today, naming an hour, a day or
 * asking, passes.
 */
class AnOpeningThatGreetsItsAudienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Привет всем! Сегодня я расскажу, как правильно выбрать ипотеку. Поехали!",
        "Hola amigos, hoy les voy a enseñar cómo pintar una pared. ¡Vamos allá!",
        "Salut tout le monde, aujourd'hui je vais vous montrer comment négocier votre loyer.",
        "Hallo zusammen, heute zeige ich euch, wie man eine Wohnung streicht.",
        "مرحبا يا أصدقاء، اليوم رح نحكي عن كيف تختار شقة، يلا نبدأ",
        "Hey everyone, today we're going to talk about how to stage your living room. Let's go!",
        // the seventy-fifth set's: an opening with a subject that goes on in the subject's own words
        "Ciao a tutti, oggi vi mostro come dipingere una cucina",
        "Olá pessoal, hoje vou mostrar como decorar uma sala pequena",
    })
    void theCrowdGreetedAndTheSubjectToldIsCaught(String text) {
        assertCaught(text);
    }

    /**
     * The seventy-second set's podcast opening, "…היום נדבר על… אז תתרווחו, תכינו קפה, ובואו נתחיל": the audience
     * told to settle in ("sit back and relax", "устраивайтесь поудобнее") before the start, which is the start's as
     * "let's begin" is, with Hebrew's "and" joined to it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "שלום לכולם וברוכים הבאים לפרק חדש בפודקאסט. היום נדבר על מימון. אז תתרווחו, תכינו קפה, ובואו נתחיל.",
        "Hello everyone and welcome to a new episode of the podcast. Today we'll talk about rent. So sit back, relax, "
                + "grab a coffee, and let's get started.",
        "Всем привет и добро пожаловать в новый выпуск подкаста. Сегодня поговорим об аренде. Устраивайтесь "
                + "поудобнее, наливайте чай, и давайте начнём.",
        "Hola a todos y bienvenidos a un nuevo episodio del podcast. Hoy hablaremos de alquileres. Pónganse cómodos, "
                + "y empecemos.",
    })
    void aPodcastsOpeningThatSettlesItsAudienceIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi guys, it's Dana, today I'll come to see the flat at five, call me back.",
        "Привет всем, это Максим, сегодня я не смогу приехать на просмотр, давайте в пятницу.",
        "Salut tout le monde, c'est Julie, aujourd'hui je vais vous montrer les papiers à l'agence à dix heures.",
        "שלום לכולם, זה דני מהמשרד, היום אני אראה לכם את הדירה ברחוב הרצל בשעה חמש.",
        "Hey everyone, today we'll talk about the price when we meet, see you at six.",
        "Hola a todos, soy Carlos, ¿hoy me pueden enseñar cómo llegar al piso?",
        "היי, תתרווחו בסלון, אני מגיע בעוד עשר דקות עם המפתח של הדירה.",
        "Sit back and relax, the movers will be at the flat at nine, I'll call you when they're done.",
    })
    void aCallerWhoGreetsEveryoneAndSaysWhatHeWillDoPasses(String text) {
        assertPasses(text);
    }
}
