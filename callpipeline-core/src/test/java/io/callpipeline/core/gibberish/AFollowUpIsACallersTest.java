package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fifty-ninth held-back set's false positive, "Thanks for following up on the lease, see you next week", and its
 * kin: a follow-up (English "following up", "follow-up", "followup"; French "le suivi", "votre suivi", the noun after
 * its article) is an agent's work on a caller's file, and "follow me in your car" a caller leading the way (found after
 * the sixtieth set: the whole was judged an ending), not the audience following a channel (English "follow" reads as
 * both the order and the subscribing, French "suivi" as the audience's following), so its thanks and a goodbye are a
 * caller's. Spanish's "seguimiento", German's "Nachverfolgung", Hebrew's "המעקב" and Arabic's "المتابعة" already passed
 * and stand here so that they go on passing. A channel's "follow me", "thanks for following" and "merci de nous avoir
 * suivis" stay endings.
 */
class AFollowUpIsACallersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for following up on the lease, see you next week",
        "Thanks for the follow-up on the mortgage, talk soon, bye",
        "Thanks for following up on the offer, I'll see you at the next viewing",
        "Thanks for the followup about the flat, see you next time",
        "Merci pour votre suivi du dossier, à la prochaine",
        "Merci pour le suivi du bail, à la semaine prochaine",
        "Merci beaucoup pour ce suivi, à la prochaine",
        "Gracias por el seguimiento del contrato, nos vemos la próxima semana",
        "Danke für die Nachverfolgung des Mietvertrags, bis nächste Woche",
        "תודה על המעקב אחרי החוזה, נתראה בשבוע הבא",
        "شكرا على المتابعة بخصوص العقد، نشوفك الأسبوع الجاي",
        "Can you come with me to see the apartment? Follow me in your car, see you there",
        "Follow me in your car, see you there",
        "Follow us to the parking behind the building, see you soon",
    })
    void aCallersThanksForAFollowUpPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for following, see you in the next one",
        "Follow us for more, see you next week",
        "Merci de nous avoir suivis, à la prochaine",
        "Merci de m'avoir suivi, abonnez-vous et à très vite",
        "Follow for more apartment tours!",
        "Follow me on Instagram, see you in the next one",
    })
    void aChannelsFollowingIsCaught(String text) {
        assertCaught(text);
    }
}
