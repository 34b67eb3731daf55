package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers' messages of our own in the broadcasts' words, written after the rules for the twenty-third to twenty-fifth
 * sets to look for what those rules took wrongly (no held-back row read): about sixty, of which eight were judged an
 * ending before these mends. A cinema and "soon" apart ("הילדים בקולנוע, נבוא בקרוב") are no trailer, nor a goal and
 * numbers apart a match ("My goal is one zero five square meters"): the two must stand side by side. An order to put
 * on headphones in a language whose polite "you" is the plural's (Russian, French) or whose order has one form
 * (English) is a caller's unless it says why ("for the best experience"). "Previously on…" goes on to a series' name,
 * a caller's in his own words. "That was a lesson for me" is an idiom: a lesson is no programme that was. The news said
 * to have been is a caller's when he goes on after it ("That's the news, the owner agreed!"), and the interest rate is
 * a caller's word ("זה היה מבזק על הריבית"). A second round, in Hebrew, Arabic and Russian, found two more: a trailer's
 * pair in a caller's longer sentence ("בקרוב בקולנוע הסמוך יפתחו מסעדה": the pair must be most of the transcript), and
 * a caller calming down ("Вдох-выдох, я понимаю, что дорого": a breath in and out where "I" speaks is a caller's).
 */
class BroadcastWordsCallersSayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הילדים בקולנוע, נבוא בקרוב",
        "Скоро будем, дети в кино",
        "My goal is one zero five square meters",
        "That's the news, the owner agreed!",
        "Put your headphones on, the line is bad",
        "Наденьте наушники, вас плохо слышно",
        "Previously on the phone you said five thousand",
        "שמעתי בחדשות, זה היה מבזק על הריבית",
        "That was a lesson for me, thanks",
        "Это был урок для меня",
        "We'll be back after the holidays, keep the flat for us",
        "Stay with us on this one, we really want it",
        "You've been a great help, thanks a lot",
        "The crowd at the viewing was crazy",
        "Take a deep breath and sign it, it's a good deal",
        "The weather forecast for Saturday is rain, shall we do Sunday?",
        "After the break I'll call you, I'm at work",
        "Ten more minutes, don't give up on me, I'm almost there",
        "The end of chapter three in the contract is about the deposit",
        "Thanks for the news, see you tomorrow at the notary",
        "בקרוב בקולנוע הסמוך יפתחו מסעדה",
        "Soon in the cinema next door there'll be a café, it's noisy",
        "Скоро в кино рядом откроют кафе, будет шумно",
        "Вдох-выдох, я понимаю, что дорого",
        "Breathe in, breathe out, I know it's a lot of money",
        "נשימה עמוקה, נשיפה, אני יודע שזה יקר",
    })
    void aCallerInTheBroadcastsWordsIsACall(String text) {
        assertPasses(text);
    }
}
