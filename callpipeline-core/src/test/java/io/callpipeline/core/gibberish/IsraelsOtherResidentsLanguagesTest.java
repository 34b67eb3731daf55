package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inventions in the languages of Israel's other residents: Yiddish (in Hebrew letters, read as Hebrew), Tigrinya (in
 * Ethiopic letters, read as Amharic), Tagalog and Georgian. The fiftieth held-back set found none of their endings or
 * counts known: counts are now spelt in every language ICU spells numbers in (Filipino among them, its accents
 * folded), with Yiddish's and Tigrinya's numbers, which ICU does not spell, written from their grammars; their
 * endings' words are listed as every language's are. Their callers, asking about a flat, pass.
 */
class IsraelsOtherResidentsLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "א דאנק פאר צוקוקן, ביטע אבאנירט דעם קאנאל",
        "זייט געזונט, מיר זעען זיך אינעם קומענדיקן ווידעא",
        "איינס צוויי דריי פיר פינף זעקס",
        "ነዚ ቪድዮ ስለ ዝረኣኹምዎ የቐንየልና",
        "ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ",
        "isa dalawa tatlo apat lima anim",
        "isá, dalawá, tatló, ápat",
        "გმადლობთ, რომ უყურეთ ვიდეოს, გამოიწერეთ არხი",
        "მადლობა ყურადღებისთვის",
        "satu dua tiga empat lima enam",
        "moja, mbili, tatu, nne, tano, sita",
    })
    void anInventionInTheirLanguagesIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "גוט מארגן, איך רוף וועגן דער דירה אין ביתר, צוויי צימערן, ביטע רופט מיך צוריק",
        "מיר ווילן זען די דירה מארגן, זעקס אזייגער, איז דאס גוט?",
        "ሰላም፣ እቲ ገዛ ክልተ ክፍሊ ዘለዎ ክንደይ እዩ?",
        "Hello po, may bakante pa po ba kayong kwarto sa Bat Yam? Tatlo po kami",
        "გამარჯობა, ორი ოთახიანი ბინა მაინტერესებს, რა ღირს?",
        "Halo, saya mau tanya apartemen dua kamar di Tel Aviv, berapa harganya?",
    })
    void theirCallersPass(String text) {
        assertPasses(text);
    }
}
