package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending paraphrased in the languages the identifier names that the corpus had few rows in (the forty-third
 * held-back set missed a Romanian one: "ați urmărit", you watched, and "ne vedem", see you, were in no list): thanks
 * for watching, a request to like or subscribe, a goodbye till the next one, each said as its speakers say it, in
 * Romanian, Dutch, Turkish, Greek, Polish, Persian, Portuguese, Italian, German and Ukrainian. Callers in those
 * languages who say they watched a listing's clip, will come next week, or thank and say goodbye among their own words
 * pass.
 */
class EndingsInEveryNamedLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Mulțumesc că ați urmărit! Pe curând, la revedere!",
        "Dacă v-a plăcut clipul, lăsați un like și abonați-vă. Ne vedem data viitoare!",
        "Asta a fost tot pentru astăzi, vă mulțumesc pentru atenție și ne vedem săptămâna viitoare.",
        "Vă mulțumim că ați urmărit acest episod, ne vedem în curând.",
        "Bedankt voor het kijken, tot de volgende video en vergeet niet te liken!",
        "Dat was het voor vandaag, bedankt voor jullie aandacht en tot ziens.",
        "Videoyu beğendiyseniz abone olmayı ve bildirimleri açmayı unutmayın. Hoşça kalın!",
        "Bugünlük bu kadar arkadaşlar, izlediğiniz için teşekkür ederim, bir sonraki videoda görüşürüz.",
        "Kanalıma abone olun, beğen butonuna basın ve yorum yapmayı unutmayın.",
        "Σας ευχαριστώ πολύ που είδατε το βίντεο, αφήστε ένα like και τα λέμε σύντομα!",
        "Αν σας άρεσε το βίντεο, κάντε εγγραφή στο κανάλι και πατήστε το καμπανάκι.",
        "Αυτά για σήμερα, ευχαριστώ για την προσοχή σας, τα λέμε στο επόμενο επεισόδιο.",
        "Dziękuję za uwagę i do zobaczenia w kolejnym filmie!",
        "Jeśli podobał wam się ten film, zostawcie lajka i komentarz. Cześć!",
        "To wszystko na dziś, subskrybujcie kanał i włączcie dzwoneczek.",
        "ممنون که این ویدیو رو دیدید، منتظر ویدیوی بعدی ما باشید",
        "اگه این ویدیو براتون مفید بود، لایک کنید و کانال رو دنبال کنید",
        "امروز همینجا تموم میکنیم، خدانگهدار تا قسمت بعد",
        "Obrigada por assistirem até o final, deixem o seu like e até a próxima!",
        "Se gostaram do vídeo, compartilhem com os amigos e ativem o sininho.",
        "Grazie per la visione, lasciate un commento qui sotto e alla prossima!",
        "Se il video vi è piaciuto, mettete mi piace e condividetelo con i vostri amici.",
        "Vielen Dank fürs Anschauen und bis zum nächsten Video!",
        "Wenn euch das Video gefallen hat, lasst einen Daumen nach oben da und abonniert den Kanal.",
        "Дякую, що подивилися це відео, ставте лайк і до нових зустрічей!",
        "Якщо вам сподобалося відео, підписуйтеся на канал і натискайте дзвіночок.",
    })
    void anEndingInTheseLanguagesIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mulțumesc, am urmărit anunțul și vreau să văd apartamentul săptămâna viitoare. La revedere.",
        "Am văzut clipul cu apartamentul, e frumos. Ne vedem mâine la ora cinci?",
        "Mulțumesc frumos, ne vedem joi la vizionare, la revedere.",
        "Bună ziua, am urmărit clipul de pe Facebook. Mai e disponibil apartamentul din Holon?",
        "Ok, mulțumesc, ne vedem.",
        "Ik heb de video van het appartement gekeken, kunnen we volgende week komen kijken? Bedankt.",
        "Videoyu izledim, daire güzel. Gelecek hafta görmeye gelebilir miyim? Teşekkürler.",
        "Είδα το βίντεο με το διαμέρισμα. Μπορώ να έρθω την επόμενη εβδομάδα; Ευχαριστώ.",
        "Widziałam film z mieszkaniem, czy mogę przyjść w przyszłym tygodniu? Dziękuję, do zobaczenia.",
        "ویدیو آپارتمان رو دیدم، هفته بعد می‌تونم بیام ببینم؟ ممنون",
    })
    void aCallerInTheseLanguagesPasses(String text) {
        assertPasses(text);
    }
}
