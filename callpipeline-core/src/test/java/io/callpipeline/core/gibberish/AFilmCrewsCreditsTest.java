package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's credits name its crew as they name its subtitler: "Montage : Hugo Bernard", "צילום: יוסי לוי", "Режиссёр
 * Иван Петров". The held-back sets left such credits for roles the lists did not hold (editing, voice-over); the roles
 * of a film crew are listed in every language the identifier names (camera, direction, production, editing, script,
 * presenting, graphics). A caller who says such a word speaks of the building's camera or the contract's production in
 * words of his own, and passes; music is left out (a caption hears it, a caller's neighbours play it). "Camera" and
 * "Kamera" stay a caller's in Latin letters: a caller's words are looked up in every language, and the Italian,
 * Romanian and Dutch room ("camera", "kamer") opens them. French "Montage" (editing) is German's Mondays, which named
 * no day to meet in a credit; Arabic's "تعليق صوتي" (voice-over) is two words, the first also a comment asked for, and
 * is left.
 */
class AFilmCrewsCreditsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "צילום: יוסי לוי",
        "בימוי: רונית כהן",
        "צילום ועריכה: אבי לוי",
        "إنتاج: سارة حسن",
        "تصوير: محمد خالد",
        "إخراج: سامي يوسف",
        "Камера: Иван Петров",
        "Режиссёр: Анна Смирнова",
        "Оператор Павел Иванов",
        "Cinematography: Anna Bell",
        "Directed by Mark Evans",
        "Produced by Ruth Adler",
        "Сценарий: Ольга Белова",
        "תסריט: נועה ברק",
        "Monteur : Jan Vos",
        "Montage : Élodie Martin",
        "Réalisation : Claire Dubois",
        "Cámara: Diego Fernández",
        "Dirigida por Lucía Gómez",
        "Drehbuch: Lukas Weber",
        "Montaggio: Luca Bianchi",
        "Regie: Jonas Becker",
        "Riprese: Marco Rossi",
        "Câmera: João Silva",
    })
    void aCrewsCreditIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "המצלמה בלובי לא עובדת, אפשר לשלוח מישהו?",
        "צילום של החוזה שלחתי לך בוואטסאפ",
        "الكاميرا في المدخل ما بتشتغل",
        "Камера в подъезде не работает, пришлите кого-нибудь",
        "Camera in the lobby doesn't work, can you send someone?",
        "The director of the building asked me to call you",
        "Music from the neighbours was too loud last night",
        "Production of the contract takes a week, right?",
        "La réalisation des travaux prend combien de temps?",
        "Cámara de seguridad en la entrada, ¿funciona?",
        "Montag passt mir gut, um zehn Uhr bei der Wohnung",
    })
    void aCallerWhoSaysACrewsWordPasses(String text) {
        assertPasses(text);
    }
}
