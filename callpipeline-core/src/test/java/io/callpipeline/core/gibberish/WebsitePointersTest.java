package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broadcast or a video sends its audience to a website: "For more information, visit www.fema.gov", one of the
 * best-known lines Whisper writes over silence, "Visit us at www.example.com", "לפרטים נוספים בקרו באתר שלנו". The
 * thirty-fourth held-back set missed a Hebrew one whose address stood after "at the address" ("בכתובת"), and none of
 * the kind was caught in any language: a web address is blanked from the words, and "more information" and "our
 * website" were no ending's ideas. A caller who visited the site, asks for more details or sends a link that does not
 * open speaks of himself, his flat or his question.
 */
class WebsitePointersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "For more information, visit www.ready.gov",
        "For further details please visit our website",
        "Visit us online at www.example.org",
        "למידע נוסף בקרו באתר www.example.gov.il",
        "לפרטים נוספים היכנסו לאתר שלנו",
        "היכנסו לאתר שלנו בכתובת www.example.co.il לעוד תכנים",
        "Подробнее на нашем сайте",
        "Больше информации по адресу www.example.ru",
        "لمزيد من المعلومات زوروا موقعنا الإلكتروني",
        "Pour plus d'informations, consultez notre site",
        "Para más información visite nuestra página web",
        "Mehr Informationen finden Sie auf unserer Webseite",
        "Para mais informações, acesse o nosso site",
        "ለተጨማሪ መረጃ ድረገጻችንን ይጎብኙ",
    })
    void aPointerToAWebsiteIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I visited your website, can you send me more information about the flat?",
        "נכנסתי לאתר שלכם ולא מצאתי מידע נוסף על הדירה, תחזרו אליי",
        "Я зашёл на ваш сайт, там нет подробностей про квартиру, перезвоните",
        "For more information about the contract, call me at 054-1234567",
        "The website www.example.com doesn't open, please send me the link on WhatsApp",
        "Thanks, I'll visit the site tomorrow",
        "Mi hija vio más información en su página web, ¿me llama?",
        "شفت موقعكم، بدي معلومات أكثر عن الشقة",
        "Pour plus d'informations sur l'appartement, rappelez-moi ce soir",
        "אפשר פרטים נוספים על הנכס ברחוב הרצל? ראיתי באתר",
        "We saw the listing on your website, more information would be great",
    })
    void aCallerWhoSpeaksOfTheWebsitePasses(String text) {
        assertPasses(text);
    }
}
