package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agent or a caller who asks to share the listing ("Поделитесь объявлением с друзьями, спасибо, пока", "Compartan
 * el anuncio con sus amigos"), a caller who says goodbye till the next flat or viewing in Greek or Persian ("Τα λέμε
 * στο επόμενο διαμέρισμα", "تا بازدید بعدی"), or wants the agency's offers: the listing was a caller's word in
 * English only, and Greek had no caller's words at all, so a share, a thanks and a goodbye read as a video's in
 * twelve languages. Found while callers in the languages the identifier names by their script or shares the Latin one
 * with were probed. A listing, an ad and a viewing are what the call is about, as the flat is; a video's own share
 * and goodbye name the video.
 */
class AListingSharedOrAViewingNamedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "شاركوا الإعلان مع أصحابكم، يمكن حدا بدو، شكرا، باي",
        "Поделитесь объявлением с друзьями, может кому-то нужно, спасибо, пока",
        "Partagez l'annonce avec vos amis, merci, au revoir",
        "Compartan el anuncio con sus amigos, gracias, adiós",
        "Partilhem o anúncio com os vossos amigos, obrigado, tchau",
        "Teilt die Anzeige mit euren Freunden, danke, tschüss",
        "Condividete l'annuncio con i vostri amici, grazie, ciao",
        "İlanı arkadaşlarınızla paylaşın, teşekkürler, hoşça kalın",
        "Distribuiți anunțul prietenilor, mulțumesc, la revedere",
        "Ik wil me abonneren op jullie aanbod, bedankt.",
        "Τα λέμε στο επόμενο διαμέρισμα, ευχαριστώ πολύ.",
        "تا بازدید بعدی، ممنون، خداحافظ.",
    })
    void aListingSharedOrTheNextViewingPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Share this video with your friends, thanks for watching, bye",
        "Поделитесь этим видео с друзьями, спасибо за просмотр",
        "Partagez cette vidéo avec vos amis, merci d'avoir regardé",
        "Abonneer je op het kanaal en deel de video, bedankt voor het kijken",
        "Ευχαριστώ που είδατε το βίντεο, τα λέμε στο επόμενο",
        "ممنون از بازدید شما، تا ویدیوی بعدی خداحافظ",
    })
    void aVideosShareAndGoodbyeAreStillAnEnding(String text) {
        assertCaught(text);
    }
}
