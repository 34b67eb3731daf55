package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kind the eighty-first held-back set's programme sign-off stood for, in the languages that name their
 * programmes: a programme's name is a title, not the caller's flat or home, though its words are a caller's ("برنامج
 * بيتك", «Квартирный вопрос», "Your Dream Home"): in quotes after the programme's word, capitalised after it, or, in a
 * script without capitals, the word or two that end the sentence after the programme's word. The callers beside them
 * name a programme too, but say what they saw or ask.
 */
class AProgrammesNameIsNoCallersFlatTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "كانت هذه حلقة اليوم من برنامج بيتك.",
        "Это был выпуск программы «Квартирный вопрос».",
        "That was this week's episode of Your Dream Home. Thanks for watching.",
        "Это был выпуск программы «Квартирный вопрос». Спасибо, что были с нами.",
        "كانت هذه حلقة اليوم من برنامج بيتك. نشكر ضيوفنا الكرام ونشكركم على حسن المتابعة. نلقاكم الأسبوع القادم في حلقة جديدة. في أمان الله.",
        "זה היה הפרק של היום בתוכנית \"דירה להשכיר\". תודה שצפיתם ונתראה בשבוע הבא בפרק חדש.",
    })
    void aProgrammesSignOffNamingItIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Здравствуйте, я смотрела выпуск программы «Квартирный вопрос», хочу такую же кухню, перезвоните",
        "شفت حلقة اليوم من برنامج بيتك، بدي أسأل عن الشقة اللي بحيفا",
        "Thanks for the video of the apartment on Herzl Street, we'd like to see it.",
        "תודה על הסרטון של הדירה",
        "I watched the episode of Your Dream Home with the flat in Haifa, is it for sale?",
    })
    void aCallerWhoNamesAProgrammePasses(String text) {
        assertPasses(text);
    }
}
