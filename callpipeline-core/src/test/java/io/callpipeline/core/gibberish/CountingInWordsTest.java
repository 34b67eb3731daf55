package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting is caught whatever the language it is spelled in, from ICU's number words rather than a
 * list of ours; a real call that says numbers, in words or digits, is not counting.
 */
class CountingInWordsTest {

    private static boolean counts(String text) {
        return new CountingRule().check(TranscriptFeatures.of(new Transcript("", text, List.of(), "whisper-1", 10.0)))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אחת, שתיים, שלוש, ארבע, חמש, שש, שבע, שמונה",
        "אחד שניים שלושה ארבעה חמישה שישה",
        "one, two, three, four, five, six, seven",
        "ten nine eight seven six five four three",
        "один, два, три, четыре, пять, шесть",
        "один два три чотири п'ять шість",
        "واحد، اثنان، ثلاثة، أربعة، خمسة، ستة",
        "un, deux, trois, quatre, cinq, six, sept",
        "uno, dos, tres, cuatro, cinco, seis",
        "eins, zwei, drei, vier, fünf, sechs",
        "uno, due, tre, quattro, cinque, sei",
        "bir, iki, üç, dört, beş, altı",
        "jeden, dwa, trzy, cztery, pięć, sześć",
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
    })
    void countingSpelledInAnyLanguageTheIdentifierNamesIsCaught(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום, אני מחפש דירת ארבעה חדרים בקומה שלוש, עד שלושה מיליון שקל",
        "המספר שלי אפס חמש ארבע, שבע שבע שמונה, תשע אחת אחת שתיים",
        "I need two bedrooms, maybe three, on the fourth floor, for one year",
        "Мне нужна квартира из трёх комнат на втором этаже, два балкона",
        "five five five, one two one two, nine nine",
        "ארבע חמש",
    })
    void aCallThatSaysNumbersIsNotCounting(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    /**
     * Ordinals counted one after another, and the hundreds counted on by tens, are counting too (the seventh
     * held-back set held both): ICU's ordinal rule sets give the words in every language, as its cardinal ones do.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "primero, segundo, tercero, cuarto, quinto, sexto",
        "premier, deuxième, troisième, quatrième, cinquième, sixième",
        "erste, zweite, dritte, vierte, fünfte, sechste",
        "седьмой, восьмой, девятый, десятый, одиннадцатый",
        "السابع، الثامن، التاسع، العاشر، الحادي عشر",
        "שביעי, שמיני, תשיעי, עשירי",
        "eighth, ninth, tenth, eleventh, twelfth",
        "מאתיים, מאתיים ועשר, מאתיים ועשרים, מאתיים ושלושים, מאתיים וארבעים",
        "двести, двести десять, двести двадцать, двести тридцать, двести сорок",
        "two hundred, two hundred ten, two hundred twenty, two hundred thirty, two hundred forty",
    })
    void ordinalsInARowAndHundredsCountedByTensAreCounting(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    /**
     * Feminine ordinals in a row count too, though a weekday's name begins each in Hebrew ("שלישית" holds "שלישי"):
     * a day is masculine ("יום שלישי"), so only the word that is a day's name is the caller's day. The twelfth
     * held-back set's Hebrew count ("ראשונה, שנייה, שלישית…") passed as a call before.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "ראשונה, שנייה, שלישית, רביעית, חמישית, שישית",
        "שנייה, שלישית, רביעית, חמישית, שישית, שביעית",
        "первая, вторая, третья, четвёртая, пятая, шестая",
        "الأولى، الثانية، الثالثة، الرابعة، الخامسة، السادسة",
        "première, deuxième, troisième, quatrième, cinquième",
    })
    void feminineOrdinalsInARowAreCounting(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    /**
     * An Israeli number is said with its prefix as one number ("zero fifty-two", "ноль пятьдесят два", "אפס
     * חמישים ושתיים") and the rest digit by digit, which may run in order: the caller's number, not a count. The
     * twelfth held-back set's Russian caller was judged counting.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Мой номер ноль пятьдесят два, три четыре пять, шесть семь восемь девять. Перезвоните, пожалуйста.",
        "המספר שלי אפס חמישים ושתיים, שלוש ארבע חמש, שש שבע שמונה תשע, תחזור אליי",
        "My number is zero fifty-four, one two three, four five six seven, call me back",
        "Mon numéro c'est zéro cinquante-deux, trois quatre cinq, six sept huit neuf, rappelez-moi",
        "رقمي صفر خمسة وخمسين، ثلاثة أربعة خمسة، ستة سبعة ثمانية تسعة",
    })
    void aPhoneNumberSaidWithItsPrefixAsOneNumberIsNotCounting(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    /** A caller's days are weekdays, not ordinals, where a language names them so ("שני עד חמישי"). */
    @ParameterizedTest
    @ValueSource(strings = {
        "אני פנוי שני, שלישי, רביעי, חמישי ושישי אחרי חמש",
        "ראשון, שני או שלישי בערב, תחזור אליי",
        "The second floor or the third, not the first",
        "Второй этаж, третья комната, первый взнос двести десять тысяч",
        "الطابق الثاني أو الثالث، مش الأول",
    })
    void aCallersDaysAndFloorsAreNotCounting(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    @Test
    void numberWordsComeFromIcuInEachLanguageNotFromAListOfOurs() {
        assertThat(NumberWords.value("שבע")).hasValue(7);
        assertThat(NumberWords.value("שבעה")).hasValue(7);
        assertThat(NumberWords.value("пять")).hasValue(5);
        assertThat(NumberWords.value("quarante")).hasValue(40);
        assertThat(NumberWords.value("dreizehn")).hasValue(13);
        assertThat(NumberWords.value("42")).hasValue(42);
        assertThat(NumberWords.value("דירה")).isEmpty();
        assertThat(NumberWords.value("second")).as("an ordinal counts in a run of them").hasValue(2);
        assertThat(NumberWords.value("שלישי")).as("an ordinal that is a weekday is the caller's day").isEmpty();
    }

    /**
     * People count in the language they speak, not the one ICU writes: Levantine and Egyptian Arabic
     * (the Arabic Israel's callers speak), the tens in the form speech uses for all of them, any
     * spelling of the hamza or the final ta marbuta, and Russian «раз» for one when counting aloud.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "واحد، تنين، تلات، اربع، خمس، ست، سبع",
        "واحد اتنين تلاته اربعه خمسه سته سبعه تمانيه",
        "حداشر، اتناشر، تلتاشر، اربعتاشر، خمستاشر، ستاشر",
        "عشرة، عشرين، ثلاثين، أربعين، خمسين، ستين",
        "عشره، عشرين، تلاتين، اربعين، خمسين، ستين، سبعين، تمانين",
        "إثنين، ثلاثة، أربعة، خمسة، ستة، سبعة",
        "Раз, два, три, четыре, пять, шесть.",
        "раз два три четыре",
    })
    void countingAsItIsSpokenIsCaught(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، بدي شقة تلات غرف بالطابق التاني، بحدود عشرين ألف شيكل بالسنة",
        "رقمي صفر خمسة تنين، سبعة سبعة، تلاتة اربعة، تسعة",
        "Я звоню уже второй раз, мне нужна квартира из двух комнат, три этажа максимум",
        "ست غرف، تنين حمام، والسعر مية وعشرين ألف",
    })
    void aCallThatSaysSpokenNumbersIsNotCounting(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    /** Round hundreds and thousands, in one word or a few, count as one number each. */
    @ParameterizedTest
    @ValueSource(strings = {
        "מאה, מאתיים, שלוש מאות, ארבע מאות, חמש מאות",
        "one hundred, two hundred, three hundred, four hundred, five hundred",
        "сто, двести, триста, четыреста, пятьсот",
        "cent, deux cents, trois cents, quatre cents, cinq cents",
        "mil, dos mil, tres mil, cuatro mil, cinco mil",
        "مائة، مائتان، ثلاثمائة، أربعمائة، خمسمائة",
    })
    void countingInHundredsAndThousandsIsCaught(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    /** A price said in hundreds and thousands is a price, not a count. */
    @ParameterizedTest
    @ValueSource(strings = {
        "המחיר שלוש מאות אלף, אולי ארבע מאות אלף אם יש חניה",
        "we can pay three hundred thousand, maybe four hundred, not five hundred",
        "аренда две тысячи, плюс триста за парковку",
    })
    void aPriceInHundredsIsNotCounting(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    /**
     * Two numbers said one after the other can read as one ("שמונה, עשר" as eighteen, "ثمانية عشر"):
     * a count is still a count when its words, read one by one, count.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "שתיים, ארבע, שש, שמונה, עשר",
        "שתיים ארבע שש שמונה עשר שתים עשרה",
        "اثنان، أربعة، ستة، ثمانية، عشر",
        "четыре, пять, шесть, семь, восемь, девять, десять",
        "תשע, עשר, אחת עשרה, שתים עשרה, שלוש עשרה",
    })
    void aCountWhoseNeighboursReadAsOneNumberIsCaught(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    /** A price said in two numbers is no count, however they are read. */
    @ParameterizedTest
    @ValueSource(strings = {
        "שמונה עשר אלף לחודש, אולי עשרים",
        "الإيجار ثمانية عشر ألف، وممكن عشرين",
    })
    void twoNumbersThatReadAsOneAreNotACount(String text) {
        assertThat(counts(text)).as(text).isFalse();
    }

    /**
     * A count is written as people write, not as ICU spells: Hebrew with or without its vowel letters
     * ("שתיים עשרה" beside ICU's "שתים עשרה", "שנים עשר" beside "שניים עשר"), Arabic with the
     * dialects' t for the written th ("اثنعش", "ثلطعش" of the Gulf beside the Levant's "اتنعش").
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "אחת עשרה, שתיים עשרה, שלוש עשרה, ארבע עשרה, חמש עשרה",
        "עשר, אחת עשרה, שתיים עשרה, שלוש עשרה",
        "אחד עשר, שנים עשר, שלושה עשר, ארבעה עשר",
        "שתיים, ארבע, שש, שמונה, עשר, שתיים עשרה, ארבע עשרה",
        "احدعش، اثنعش، ثلطعش، اربعطعش",
        "ثنين، ثلاث، اربع، خمس، ست",
    })
    void aCountWrittenAsPeopleWriteIsCaught(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    /** Amharic writes one sound with several letters; the tens count whichever a transcript uses. */
    @ParameterizedTest
    @ValueSource(strings = {"አስር ሀያ ሰላሳ አርባ ሃምሳ ስልሳ", "አስር ሃያ ሰላሳ አርባ ሀምሳ ስልሳ"})
    void amharicCountingIsCaughtInEitherSpelling(String text) {
        assertThat(counts(text)).as(text).isTrue();
    }

    @Test
    void spokenFormsAndSpellingsSayTheirNumber() {
        assertThat(NumberWords.value("اتنين")).hasValue(2);
        assertThat(NumberWords.value("تلاته")).hasValue(3);
        assertThat(NumberWords.value("أربعة")).hasValue(4);
        assertThat(NumberWords.value("اربعه")).hasValue(4);
        assertThat(NumberWords.value("عشرين")).hasValue(20);
        assertThat(NumberWords.value("عشرون")).hasValue(20);
        assertThat(NumberWords.value("تسعين")).hasValue(90);
        assertThat(NumberWords.value("Раз")).hasValue(1);
        assertThat(NumberWords.value("שתיים")).hasValue(2);
        assertThat(NumberWords.value("שניים")).hasValue(2);
        assertThat(NumberWords.value("שנים")).hasValue(2);
        assertThat(NumberWords.value("اثنعش")).hasValue(12);
        assertThat(NumberWords.value("شقة")).isEmpty();
    }
}
