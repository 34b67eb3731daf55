package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subtitle credit for its other jobs, the proofreading, the editing and the linguistic review ("הגהה: יוסי לוי",
 * "مراجعة لغوية: سارة علي", "Redacción de subtítulos: Carlos Pérez", "Redaktor napisów Jakub Jankowski"): the credit
 * words held the translation and the subtitles, and Polish's only in the nominative ("napisy", not "napisów"), so these
 * passed, as Dutch's translation did ("Vertaling: Jan Jansen": the translator was a credit's word, not his
 * translation). Found while credits in the languages the identifier names were probed. A caller speaks of the
 * contract's proofreading or review, and goes on to what he wants; a credit names its maker and nothing else.
 */
class ACreditForProofreadingOrEditingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הגהה: יוסי לוי",
        "مراجعة لغوية: سارة علي",
        "Redacción de subtítulos: Carlos Pérez",
        "Redaktor napisów Jakub Jankowski",
        "Altyazı redaksiyonu: Ayşe Kaya",
        "ویراستار: مریم احمدی",
        "Επιμέλεια υποτίτλων: Γιώργος Παπαδόπουλος",
        "Vertaling: Jan Jansen",
        "Eindredactie ondertitels: Sanne de Boer",
        "Υποτιτλισμός και επιμέλεια: Ελένη Νικολάου",
    })
    void aCreditForTheProofreadingOrTheEditingIsOne(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "הגהה של החוזה עלתה לי מאתיים שקל, תודה",
        "עשיתי הגהה לחוזה, הכל בסדר, ביי",
        "مراجعة العقد بكرا الساعة عشرة، شكرا",
        "بدي مراجعة للعقد قبل التوقيع، شكرا، باي",
        "La redacción del contrato la hace el abogado, gracias",
        "Redaktor z banku dzwonił w sprawie kredytu, oddzwonię jutro",
        "Sözleşmenin redaksiyonu avukatta, teşekkürler",
        "ویرایش قرارداد را وکیل انجام می‌دهد، ممنون",
        "Η επιμέλεια του συμβολαίου είναι στον δικηγόρο, ευχαριστώ",
        "De vertaling van het huurcontract is klaar, ik stuur hem vandaag",
        "Ο υποτιτλισμός της ταινίας δεν με ενδιαφέρει, θέλω να δω το διαμέρισμα την Τρίτη",
    })
    void aCallerOnTheContractsProofreadingPasses(String text) {
        assertPasses(text);
    }
}
