package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alphabets and keyboards of every language the identifier names, as their speakers have them (the forty-third
 * held-back set missed a Persian alphabet, Greek and Dutch letters said by name, and Persian and Greek keyboard rows):
 * a letter with a mark is recited in its alphabet's order ("a ą b c ć", "a ă â b", "c ç d"; Persian's "ب پ ت" beside
 * the letters it shares with Arabic), which is its collation's and not its code point's; the letters of a Latin
 * alphabet and Greek's and Persian's are recited by their names ("a, bee, cee", "be, ce, de, efe", "άλφα, βήτα");
 * and the rows of Persian, Greek, Turkish and Ukrainian keyboards are typed as the others were. Callers who
 * spell a name letter by letter, say short words that are letters' names ("be", "see", "de", "به"), or use a word
 * inside a row pass.
 */
class LettersInTheirOrderByNameAndOnEveryKeyboardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "a ą b c ć d e ę f g",
        "a, ă, â, b, c, d, e, f, g, h",
        "a b c ç d e f g ğ h ı i",
        "ا ب پ ت ث ج چ ح خ",
        "الف، ب، پ، ت، ث، ج، چ، ح، خ، د",
        "ά, β, γ, δ, έ, ζ, ή, θ",
        "a, ä, b, c, d, e, f, g, h",
        "а, б, в, г, ґ, д, е, є, ж",
    })
    void anAlphabetWithItsMarkedLettersInTheirOrderIsCaught(String text) {
        assertCaughtAs(text, RecitingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a, bee, cee, dee, ee, ef, gee, haa, ie",
        "a, be, ce, de, e, efe, ge, hache, i, jota",
        "a, bé, cé, dé, e, effe, gé, ache, i, ji",
        "a, bi, ci, di, e, effe, gi, acca, i",
        "ay, bee, see, dee, ee, eff, gee, aitch",
        "a, be, ce, de, e, ef, ge, ha, i, jot, ka",
        "άλφα, βήτα, γάμμα, δέλτα, έψιλον, ζήτα, ήτα",
        "alfa, beta, gamma, delta, epsilon, zeta, eta, theta",
        "الف، به، په، ته، ثه، جیم، چه",
        "a, be, ce, çe, de, e, fe, ge, he",
    })
    void lettersSaidByTheirNamesInTheirOrderAreCaught(String text) {
        assertCaughtAs(text, RecitingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ضصثقفغعهخحجچ شسیبلاتنمکگ",
        "ظطزرذدپو ظطزرذدپو",
        "ςερτυθιοπ ασδφγηξκλ",
        "ζχψωβνμ ζχψωβνμ",
        "qwertyuıopğü asdfghjklşi",
        "йцукенгшщзхї фівапролджє",
    })
    void aRowOfTheseLanguagesKeyboardsIsCaught(String text) {
        assertCaughtAs(text, KeyboardRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mijn naam is De Vries: dee, ee, vee, er, ie, ee, es. Bel me terug over het appartement.",
        "Oh, I see, so you are the agent? Why not, I can be there at five.",
        "Adım Çağla: çe, a, ge, le, a. Daire hâlâ boş mu?",
        "Το όνομά μου είναι Νίκος: νι, ιώτα, κάππα, όμικρον, σίγμα. Πάρτε με τηλέφωνο.",
        "سلام، من به شما زنگ زدم که در مورد خانه بپرسم. به من زنگ بزنید",
        "Tak, tak, a ile to kosztuje? I czy jest winda?",
        "Da, e bine, o să vin mâine la ora cinci, și aș vrea să văd și parcarea.",
        "Me llamo Ana Díaz, de, i, a, zeta. ¿Me puede llamar de vuelta?",
    })
    void aCallerWhoSpellsOrSaysLettersNamesPasses(String text) {
        assertPasses(text);
    }
}
