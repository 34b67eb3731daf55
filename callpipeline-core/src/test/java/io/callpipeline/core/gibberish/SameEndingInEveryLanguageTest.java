package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirtieth held-back set showed Hebrew endings caught whole and the same endings missed in the other languages,
 * so eighteen Hebrew endings of the development part were said in English, Russian, Arabic, French and Spanish (90
 * endings): 23 were missed, each a word or phrase the other language lacked (a greeting to the viewers, a show's
 * audience, an order to put on headphones, the audience's questions, a break, keeping on following, "the next
 * bulletin in an hour", a news bulletin's French name). These are the 18 mended; left, and said so in the guard's
 * notes: an audiobook's narrator in Arabic and Spanish, the next bulletin in Arabic and French, "continuez à nous
 * suivre". Thirteen English endings said in Hebrew, Arabic, Russian, French and Spanish (65) missed 9: a trailer with
 * little words between its "soon" and its cinema ("Bientôt dans un cinéma", "قريبا في سينما"), a guided breath and
 * "tell me" in Hebrew, a crowd in Arabic's accusative, "ça me touche"; 8 are mended (left: "צפיתם ב…", a show the
 * audience watched, whose word opens a caller's "did you see"). Callers who greet, speak of an hour, of a good time
 * at the viewing or of a cinema near the flat are callers, and so are 39 more in six languages written after the
 * mends, who ask favours, thank for a year's support, breathe deeply, are at the cinema (all passed when written).
 */
class SameEndingInEveryLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Greetings and blessings to all the viewers",
        "تحية طيبة لكل المشاهدين",
        "Saludos a todos los espectadores",
        "C'étaient les informations, bonsoir à tous",
        "No olvides seguirnos para no perderte ningún video",
        "We had a great audience tonight, thanks and good night",
        "У нас сегодня была отличная публика, спасибо и спокойной ночи",
        "كان عندنا جمهور رائع الليلة، شكرا وتصبحون على خير",
        "On a eu un public génial ce soir, merci et bonne nuit",
        "Tuvimos un público increíble esta noche, gracias y buenas noches",
        "Ponte los auriculares para una mejor experiencia",
        "هل من أسئلة من الجمهور؟",
        "You listened to the audiobook, narrated by John Smith",
        "The next bulletin is in an hour, stay with us",
        "El próximo boletín en una hora, quédense con nosotros",
        "Вернёмся сразу после рекламы",
        "Encore dix secondes, allez, lâchez rien !",
        "Adiós, y sigan siguiéndonos",
        "قريبا في سينما قريبة منكم",
        "Bientôt dans un cinéma près de chez vous",
        "Próximamente en un cine cerca de ti",
        "נשימה עמוקה פנימה דרך האף, והחוצה דרך הפה",
        "תנשמו פנימה... ותנשפו החוצה...",
        "كنتم جمهورا رائعا، تصبحون على خير",
        "Merci pour votre soutien continu, ça me touche énormément",
        "אם יש לכם רעיונות לסרטונים, תגידו לי",
    })
    void theSameEndingIsCaughtInEachLanguage(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Greetings, I'm calling about the flat on Herzl",
        "Saludos, llamo por el piso de la calle Herzl",
        "We had a great time at the viewing, thanks",
        "Thanks, see you in an hour",
        "תודה, נתראה בעוד שעה",
        "Спасибо, увидимся через час",
        "Merci, à dans une heure",
        "Gracias, nos vemos en una hora",
        "شكرا، منشوفك بعد ساعة",
        "Thanks for the hour you spent with us at the flat",
        "We had a great audience at the open house, the flat is sold",
        "תגידו לי מתי אפשר לבוא לראות את הדירה",
        "תגידו לי אם הסרטון עובד, תודה",
        "Soon the cinema in our street will open, great for the flat",
        "בקרוב קולנוע חדש ליד הדירה, זה יעלה את המחיר",
        "Скоро откроют кинотеатр рядом, квартира подорожает",
        "תגידו לי אם הדירה עוד פנויה, תודה",
        "תגידו, יש חניה בבניין?",
        "תעשו לי טובה ותשלחו את החוזה, זה מאוד עוזר",
        "היה לנו קהל גדול בבית הפתוח, הרבה מתעניינים",
        "תודה על התמיכה השנה, בלעדייך לא היינו מוצאים דירה",
        "נשימה עמוקה, אני רגועה, אבל הבעלים לא עונה כבר שבוע",
        "אני בקולנוע עכשיו, אחזור אליך בעוד שעה",
        "בקרוב נעבור, תודה על הכל, נתראה בחתימה",
        "הפרק הבא בחוזה מדבר על הערבות, תסתכל",
        "ברכות על העסקה, שלום וברכה לכל המשפחה",
        "Greetings from the Cohen family, we'd like to see the flat on Sunday",
        "Do me a favor and call the landlord, it really helps us",
        "Thanks for all your support this year, you found us a home",
        "Take a deep breath, the bank approved the mortgage!",
        "I'm at the cinema, call you back in an hour",
        "We had a great audience at the open house yesterday",
        "Tell me if the flat is still free, thanks",
        "Any questions from the owners? Send them to me",
        "The next payment is in an hour, I'll send the receipt",
        "Put the keys under the mat, thanks, see you soon",
        "Сделайте одолжение, позвоните хозяину, это очень поможет",
        "Спасибо за поддержку в этом году, без вас мы бы не нашли квартиру",
        "Я в кино, перезвоню через час",
        "Глубокий вдох, банк одобрил ипотеку!",
        "Приветствую, это семья Коэн, хотим посмотреть квартиру в воскресенье",
        "اعملي معروف واتصلي بصاحب البيت، هذا بيساعدنا كتير",
        "شكرا على دعمك هالسنة، لقيتلنا بيت",
        "أنا بالسينما، برجعلك بعد ساعة",
        "تحية طيبة، بدنا نشوف الشقة يوم الأحد",
        "خذ نفس عميق، البنك وافق على القرض",
        "Rendez-moi service, appelez le propriétaire, ça aide vraiment",
        "Merci pour votre soutien cette année, on a trouvé un appartement grâce à vous",
        "Je suis au cinéma, je vous rappelle dans une heure",
        "Salutations, c'est la famille Cohen, on voudrait visiter dimanche",
        "Háganme un favor y llamen al dueño, ayuda mucho",
        "Gracias por su apoyo este año, encontramos piso gracias a usted",
        "Estoy en el cine, te llamo en una hora",
        "Saludos, somos la familia Cohen, queremos ver el piso el domingo",
        "Próximamente nos mudamos, gracias por todo",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
