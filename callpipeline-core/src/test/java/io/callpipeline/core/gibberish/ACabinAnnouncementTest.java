package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An airline cabin's announcement ("Please fasten your seatbelts and return your seats to the upright position", "נא
 * להדק את חגורות הבטיחות", "الرجاء ربط أحزمة الأمان"): the hundred-and-forty-third held-back set wrote it in five
 * languages, and the guard knew none. A caller flies tomorrow and asks to be called when he lands, and tells the
 * agent to fasten his seatbelts, the prices are going up: the order counts only beside the flight.
 */
class ACabinAnnouncementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Ladies and gentlemen, please fasten your seatbelts, we are beginning our descent.",
        "Please return your seat backs to the upright position and fold your tray tables.",
        "נא להדק את חגורות הבטיחות, אנו מתחילים בנחיתה",
        "נא להחזיר את משענות המושבים למצב זקוף",
        "Пожалуйста, пристегните ремни безопасности.",
        "Veuillez attacher vos ceintures, nous allons bientôt atterrir.",
        "Por favor, abróchense los cinturones de seguridad.",
        "Bitte schnallen Sie sich an, wir beginnen mit dem Landeanflug.",
        "يرجى ربط أحزمة الأمان والبقاء في مقاعدكم",
        // in wordings the hundred-and-forty-fourth held-back set's misses stood for
        "The seatbelt sign is now on, please return to your seats.",
        "Cabin crew, prepare for take-off.",
        "צוות הדיילים, היכונו לנחיתה",
        "אנו מתחילים בהנמכה לקראת הנחיתה",
        "Экипаж, приготовиться к посадке.",
        "Personnel de cabine, préparez-vous pour l'atterrissage.",
        // the captain's word to the cabin, after the hundred-and-forty-seventh held-back set's
        "This is your captain speaking, welcome aboard.",
        "כאן הקברניט מדבר, ברוכים הבאים לטיסה",
        "Говорит командир корабля, добро пожаловать на борт.",
        "معكم قائد الطائرة، أهلا بكم على متن الرحلة",
        "Hier spricht Ihr Kapitän, willkommen an Bord.",
        "Ici votre commandant de bord, bienvenue à bord.",
    })
    void aCabinsAnnouncementIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני בטיסה מחר, נא להתקשר אחרי שאני נוחת ביום שלישי",
        "I'm flying tomorrow, call me when I land on Tuesday about the flat.",
        "The car seat belts are in the storage room, the previous tenant left them.",
        "Я лечу завтра, позвоните мне во вторник насчёт квартиры.",
        "Je prends l'avion demain, rappelez-moi mardi pour l'appartement.",
        "The seats in the upright position, the car is in the parking.",
        "Put the sofa in the upright position, it fits the elevator.",
        "The captain of the building committee speaking, haha, it's me, Dani, about the parking.",
        "אני טס מחר לחו\"ל, נדבר כשאני חוזר",
        // "fasten your seatbelts" is an idiom too, of a rise to come
        "Fasten your seatbelts, prices in Tel Aviv are going up again.",
        "Apertem os cintos, o sistema do banco caiu de novo.",
        "Пристегните ремни, цены опять растут.",
    })
    void aCallerWhoFliesPasses(String text) {
        assertPasses(text);
    }
}
