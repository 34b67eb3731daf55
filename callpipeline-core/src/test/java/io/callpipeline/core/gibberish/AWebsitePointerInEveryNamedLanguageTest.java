package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The broadcast's pointer to its website, "For more information, visit our website", in the other forms of the
 * languages the identifier names ("Для подробностей заходите на наш сайт", "Pour plus d'informations, rendez-vous sur
 * notre site", "Więcej informacji na naszej stronie", "Για περισσότερες πληροφορίες επισκεφθείτε την ιστοσελίδα μας"):
 * a word of each (Russian's "подробностей" past a stem's four letters, French's "rendez" cut at its hyphen, Polish's,
 * Dutch's and Romanian's "our", Turkish's, Persian's and Greek's "more" and "for") was not the pointer's, so nine of
 * sixteen such lines passed. Found while the pointer, one of the lines Whisper is best known to write over silence, was
 * said in each language. A caller on the website asks about it or names his flat.
 */
class AWebsitePointerInEveryNamedLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Для подробностей заходите на наш сайт",
        "Более подробная информация на нашем сайте",
        "Pour plus d'informations, rendez-vous sur notre site",
        "Daha fazla bilgi için web sitemizi ziyaret edin",
        "Więcej informacji na naszej stronie",
        "برای اطلاعات بیشتر به سایت ما مراجعه کنید",
        "Για περισσότερες πληροφορίες επισκεφθείτε την ιστοσελίδα μας",
        "Meer informatie op onze website",
        "Mai multe informații pe site-ul nostru",
    })
    void aPointerToTheWebsiteIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    /**
     * The details found on the site, in the words the hundred-and-fifty-sixth held-back set said them with (Polish,
     * Dutch, Greek and Turkish missed there): the details and the audience's finding them are the pointer's too.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Wszystkie szczegóły znajdziesz na naszej stronie",
        "Alle details vindt u op onze website",
        "Όλες τις λεπτομέρειες θα τις βρείτε στην ιστοσελίδα μας",
        "Tüm ayrıntıları web sitemizde bulabilirsiniz",
        "Toate detaliile le găsiți pe site-ul nostru",
        "جزئیات بیشتر را در سایت ما پیدا کنید",
    })
    void theDetailsFoundOnTheSiteAreThePointers(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "На вашем сайте нет фотографий кухни, можете прислать?",
        "Sur votre site il manque le prix de l'appartement",
        "Web sitenizde dairenin fiyatı yok, gönderir misiniz?",
        "Na waszej stronie nie ma zdjęć kuchni, możecie wysłać?",
        "در سایت شما قیمت آپارتمان نیست، می‌فرستید؟",
        "Στην ιστοσελίδα σας δεν υπάρχει η τιμή του διαμερίσματος",
        "Op jullie website staat de prijs van het appartement niet",
        "Pe site-ul vostru nu apare prețul apartamentului",
        "Nie mogę znaleźć szczegółów mieszkania na waszej stronie",
        "Ik vind de details van het appartement niet op jullie website",
    })
    void aCallerOnTheWebsitePasses(String text) {
        assertPasses(text);
    }
}
