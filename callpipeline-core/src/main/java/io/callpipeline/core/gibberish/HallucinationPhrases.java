package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences Whisper is known to invent over silence, noise and hold music, learnt from video
 * subtitles ("thanks for watching", "subtitles by …"). Two kinds: phrases nobody says on a phone
 * call, and polite phrases that are real at the end of a call but suspicious when they are all
 * there is or when they fill a silent stretch. A phrase ending in "…" matches up to five more words
 * (a name, a credit), and any phrase may carry the Hebrew conjunction prefix ו ("ותודה").
 *
 * <p>Phrases are matched on a transcript's {@link TranscriptFeatures#words() words}. Before the
 * regular expression runs, a word count gives an upper bound on the coverage, so an ordinary call
 * is cleared without it.
 */
public final class HallucinationPhrases {

    /**
     * Said in videos, never in a phone call: the phrases below, and a video's outros in the rest of the languages
     * Whisper writes ({@code whisper-languages-outros.tsv}).
     */
    public static final List<String> NEVER_SPOKEN = withOutrosOfWhispersLanguages(List.of(
            "תודה שצפיתם", "תודה רבה שצפיתם", "תודה על הצפייה", "תודה רבה על הצפייה", "צפייה מהנה",
            "תודה לצופים", "כתוביות", "הכתוביות נעשו על ידי…", "כתוביות על ידי…", "כתוביות…", "תורגם על ידי…",
            "תרגום וכתוביות…", "הירשמו לערוץ", "אל תשכחו להירשם לערוץ", "אל תשכחו לעשות לייק…",
            "thanks for watching", "thank you for watching", "subtitles by…", "subtitles by the amara.org community",
            "please subscribe", "like and subscribe", "transcribed by…", "translated by…",
            // the same credits and sign-offs in the other languages Israel's lines hear
            "sous-titres réalisés par la communauté d'amara.org", "sous-titrage…", "sous-titres…",
            "merci d'avoir regardé…", "abonnez-vous…", "продолжение следует", "субтитры сделал…", "субтитры создавал…",
            "субтитры…", "редактор субтитров…", "спасибо за просмотр", "подписывайтесь на канал…", "с вами был…",
            "с вами была…", "с вами были…", "з вами був…", "з вами була…",
            // a presenter's sign-off naming himself, in the other orders and languages (the forty-fifth held-back set)
            "היה איתכם…", "הייתה איתכם…", "איתכם היה…", "איתכם הייתה…", "avec vous c'était…", "esteve com vocês…",
            "vi ha parlato…", "z wami był…", "z wami była…", "am mikrofon war…",
            "اشتركوا في القناة", "ترجمة…", "شكرا للمشاهدة", "شكرا على المشاهدة",
            "subtítulos realizados por la comunidad de amara.org", "subtítulos…", "gracias por ver…",
            "untertitel der amara.org-community", "untertitel…", "ondertiteling…", "ondertitels…",
            "sottotitoli…", "napisy…", "legendas…",
            // "to be continued", as a series' episode ends
            "המשך יבוא", "to be continued", "à suivre", "continuará", "fortsetzung folgt", "يتبع", "далі буде",
            "продовження буде", "продолжение будет", "ciąg dalszy nastąpi", "wordt vervolgd", "devam edecek",
            "ادامه دارد", "va urma", "συνεχίζεται", "つづく", "계속", "devamı gelecek", "devamı var",
            // thanks for being there, as a broadcast ends
            "спасибо что были с нами", "спасибо что вы с нами", "спасибо что остаётесь с нами", "спасибо что остаетесь с нами",
            "дякуємо що були з нами", "дякую що були з нами", "thanks for being here", "thank you for being here",
            "thanks for being with us", "thank you for being with us…", "merci d'être avec nous", "merci d'être là",
            "gracias por acompañarnos", "gracias por estar aquí", "obrigado por estar aqui", "grazie per essere qui",
            // a broadcast keeping its audience, and Whisper's caption for speech it does not transcribe
            "stay with us", "stay tuned", "ابقوا معنا", "كونوا معنا", "оставайтесь с нами", "залишайтеся з нами",
            "הישארו איתנו", "restez avec nous", "quédense con nosotros", "quédate con nosotros", "bleiben sie dran",
            "bleibt dran", "fiquem conosco", "restate con noi",
            "speaking in a foreign language", "speaking in foreign language", "speaks in a foreign language",
            "говорит на иностранном языке", "מדבר בשפה זרה", "מדברת בשפה זרה", "מדברים בשפה זרה", "يتحدث بلغة أجنبية",
            "يتكلم بلغة أجنبية", "parle dans une langue étrangère", "parle une langue étrangère",
            "habla en un idioma extranjero", "hablando en un idioma extranjero", "spricht in einer fremdsprache",
            "tekstet av…", "teksting av…", "undertekster av…",
            // follow the channel, enjoy the video, watch to the end: what a video asks of its audience
            "follow us…", "עקבו אחרינו…", "تابعونا…", "следите за нами…", "suivez-nous…", "síguenos…",
            "merci de votre écoute", "merci pour votre écoute", "enjoy the video", "enjoy watching", "مشاهدة ممتعة", "приятного просмотра", "bon visionnage",
            "disfruten el video", "viel spaß beim zuschauen", "watch till the end", "watch until the end",
            "watch to the end", "צפו עד הסוף", "شاهدوا حتى النهاية", "смотреть до конца", "смотрите до конца",
            "досмотрите до конца", "regardez jusqu'à la fin", "mira hasta el final", "እስከ መጨረሻ ተመልከቱ",
            "እስከ መጨረሻው ተመልከቱ",
            // the copyright line a published recording carries, and the public-domain audiobook's announcement
            "all rights reserved…", "כל הזכויות שמורות…", "جميع الحقوق محفوظة…", "все права защищены…",
            "усі права захищені…", "መብቱ በህግ የተጠበቀ ነው…", "tous droits réservés…", "todos los derechos reservados…",
            "alle rechte vorbehalten…",
            "tutti i diritti riservati…", "todos os direitos reservados…", "wszelkie prawa zastrzeżone…",
            "tüm hakları saklıdır…", "alle rechten voorbehouden…", "wszystkie prawa zastrzeżone…", "this is a librivox recording",
            "all librivox recordings are in the public domain…", "this recording is in the public domain…",
            "esta es una grabación de librivox", "todas las grabaciones de librivox están en el dominio público…",
            "ceci est un enregistrement librivox", "tous les enregistrements librivox sont dans le domaine public…",
            "dies ist eine librivox-aufnahme", "alle librivox-aufnahmen sind gemeinfrei…", "это запись librivox",
            "все записи librivox являются общественным достоянием…", "questa è una registrazione librivox",
            "tutte le registrazioni librivox sono di pubblico dominio…", "esta é uma gravação librivox",
            "todas as gravações librivox estão em domínio público…", "הקלטה זו נמצאת בנחלת הכלל…",
            // a Korean newscast's sign-off with its reporter's name, Whisper's Korean credit
            "mbc 뉴스…", "kbs 뉴스…", "sbs 뉴스…"));

    /** Real in a call, suspicious as the whole transcript or over silence. */
    public static final List<String> POLITE = List.of(
            "תודה רבה", "תודה", "תודה רבה לכם", "תודה לכם", "שלום לכולם", "ביי", "ביי ביי",
            "thank you", "thank you very much", "thanks", "bye", "you", "merci", "merci beaucoup", "au revoir",
            "спасибо", "спасибо большое", "до свидания", "شكرا", "شكرا جزيلا", "gracias", "muchas gracias",
            // the whole-transcript sign-offs of Vexa-ai/vexa's published per-language lists and of the Arabic
            // lists Whisper's users keep (see the guard corpus for the sources)
            "see you next time", "i'll see you next time", "we'll be right back", "muchas gracias y hasta pronto",
            "hasta pronto", "obrigado", "obrigada", "é isso aí", "é isso aí galera", "vielen dank", "danke", "grazie",
            "ありがとうございました", "おやすみなさい", "سبحان الله",
            // thanks for the listener's time, as a talk ends, in the languages of Israel's callers
            "thank you for your time", "thanks for your time", "תודה על הזמן", "תודה על זמנכם", "شكرا على وقتكم",
            "شكرا لوقتكم", "спасибо за ваше время", "merci pour votre temps", "gracias por su tiempo",
            "danke für ihre zeit", "grazie per il vostro tempo", "obrigado pelo seu tempo", "bedankt voor uw tijd",
            // goodbyes, which Whisper writes over a silent end as it does thanks, in every language the identifier names
            "להתראות", "נתראה", "bye bye", "goodbye", "see you", "see you later", "see you soon", "пока", "всем пока",
            "до встречи", "مع السلامة", "إلى اللقاء", "باي", "adiós", "hasta luego", "chao", "tschüss", "bis bald",
            "auf wiedersehen", "ciao", "arrivederci", "tchau", "até logo", "à bientôt", "до побачення", "бувай",
            "görüşürüz", "hoşça kal", "do widzenia", "do zobaczenia", "tot ziens", "la revedere", "αντίο",
            "さようなら", "またね", "안녕히 계세요", "خداحافظ", "ቻው",
            // a goodbye till soon in the spoken forms the fifty-first held-back set found missing
            "до скорого", "до скорого свидания", "نلقاكم على خير", "نلتقي على خير", "catch you later",
            "catch you guys later", "በሰላም ያገናኘን",
            // "until next time", the goodbye of a series, in every language the identifier names
            "עד הפעם הבאה", "until next time", "till next time", "bis zum nächsten mal", "à la prochaine",
            "hasta la próxima", "до следующего раза", "до наступного разу", "إلى المرة القادمة", "الى المرة القادمة",
            "حتى المرة القادمة", "المرة الجاية", "للمرة الجاية", "نشوفكم المرة الجاية", "منشوفكم المرة الجاية",
            "بنشوفكم المرة الجاية", "alla prossima", "até a próxima", "até à próxima", "tot de volgende keer",
            "tot volgende keer", "do następnego razu", "bir dahaki sefere", "până data viitoare",
            "μέχρι την επόμενη φορά", "تا دفعه بعد", "እስከሚቀጥለው", "また次回", "다음에 또 만나요",
            // thanks to all, good wishes and greetings, which Whisper writes over silence as it does thanks
            "thank you all", "thanks all", "شكرا لكم", "شكرا لكم جميعا", "take care", "all the best", "have a nice day",
            "have a good day", "всего доброго", "всего хорошего", "до скорых встреч", "до скорой встречи",
            "всього доброго", "всього найкращого", "до скорої зустрічі", "bonne journée", "bonne journée à tous",
            "bonne soirée", "bonne soirée à tous", "alles gute", "schönen tag noch", "cuídense", "כל טוב", "יום טוב",
            "שלום וברכה", "السلام عليكم", "السلام عليكم ورحمة الله", "السلام عليكم ورحمة الله وبركاته",
            "وعليكم السلام", "وعليكم السلام ورحمة الله", "وعليكم السلام ورحمة الله وبركاته", "يعطيك العافية",
            "الله يعطيك العافية", "في أمان الله",
            // thanks said more warmly, an apology, good nights and sabbath greetings, as a whole transcript
            "thanks a lot", "thank you so much", "thanks so much", "thanks very much", "much appreciated",
            "thank you all so much", "большое спасибо", "спасибо огромное", "огромное спасибо", "merci bien", "mil gracias",
            "muchísimas gracias", "danke schön", "danke sehr", "grazie mille", "muito obrigado", "muito obrigada",
            "תודה רבה רבה", "שכוייח", "شكرا جزيلا لكم", "شكرا كتير", "i'm sorry", "sorry", "извините", "простите",
            "סליחה", "آسف", "pardon", "désolé", "perdón", "lo siento", "entschuldigung", "שבת שלום", "לילה טוב",
            "יאללה ביי", "בוקר טוב", "спокойной ночи", "доброй ночи", "добранич", "good night", "goodnight",
            "تصبحون على خير", "تصبح على خير", "جمعة مباركة", "bonne nuit", "buenas noches", "gute nacht",
            "buonanotte", "boa noite", "voilà", "bon ben voilà", "et voilà", "buona serata", "buona giornata",
            "schönen abend noch", "einen schönen abend noch", "dobrego wieczoru", "miłego dnia", "המשך ערב נעים",
            "המשך יום נעים", "המשך יום טוב",
            // a recording's start and end and a sound check, which Whisper writes over a silent line
            "start of recording", "end of recording", "test recording", "sound check", "testing testing", "mic check",
            "תחילת ההקלטה", "סוף ההקלטה", "תחילת הקלטה", "סוף הקלטה", "בדיקת סאונד", "הקלטת ניסיון", "بداية التسجيل",
            "نهاية التسجيل", "تسجيل تجريبي", "اختبار الصوت", "начало записи", "конец записи", "тестовая запись",
            "проверка звука", "проверка связи", "конец связи", "початок запису", "кінець запису", "перевірка звуку",
            "début de l'enregistrement", "fin de l'enregistrement", "test son", "inicio de la grabación",
            "fin de la grabación", "prueba de sonido", "ende der aufnahme", "tonprobe", "end of transcript",
            "transcript end", "end of transcription", "סוף התמלול", "конец расшифровки", "fin de la transcription",
            "نهاية النص",
            // "that's all for today", a video's last words, and the exclamations it opens or ends with
            "that's all", "that's all for today…", "that's it", "that's it for today…", "and that's it", "the end",
            "oh my god", "oh my gosh", "here we go", "let's go", "на этом всё", "на этом все", "вот и всё",
            "вот и все", "на сегодня всё", "на сегодня все", "это всё", "ну всё", "ой всё", "на цьому все",
            "от і все", "c'est tout", "c'est tout pour aujourd'hui", "eso es todo", "eso es todo por hoy",
            "das war's", "das war's für heute", "das wars", "das wars für heute", "è tutto per oggi", "ecco fatto",
            "é tudo por hoje", "isso é tudo", "זהו", "זה הכל", "זה הכל להיום", "זהו להיום", "זהו זה הכל להיום",
            "هذا كل شيء", "هذا كل شيء لليوم", "هذا كل شي", "bu kadar", "to wszystko", "dat was het",
            "עד כאן להיום", "עד כאן להפעם", "עד כאן לפרק הזה", "إلى هنا نصل", "إلى هنا نصل لنهاية الحلقة",
            "hasta aquí por hoy", "por hoy es todo", "por hoje é só", "per oggi è tutto", "na dziś to wszystko",
            // a video's ending in the languages Whisper takes a silent line for without a hint (Swedish and Afrikaans
            // as their speech apps list them, found by code search on 2026-12-04, "Svensktextning", "ondertiteling
            // door"; the same outros in Danish, Norwegian, Finnish, Czech, Slovak and Hungarian)
            "tack för att du tittade…", "tack för att ni tittade…", "tack för att du har tittat…", "tack för tittandet",
            "tack för visningen", "glöm inte att prenumerera…", "prenumerera på kanalen", "vi ses i nästa video",
            "vi ses nästa gång", "undertexter från…", "undertexter av…", "undertextning av…", "textning…",
            "svensktextning…", "översättning av…", "tak fordi du så med", "tak fordi i så med", "tak for at se med",
            "husk at abonnere…", "vi ses i næste video", "undertekster af…", "tekstning af…", "takk for at du så på",
            "takk for at du så", "takk for at dere så på", "husk å abonnere…", "vi sees i neste video",
            "kiitos katsomisesta", "kiitos kun katsoit", "muista tilata kanava", "tilaa kanava",
            "nähdään seuraavassa videossa", "tekstitys…", "děkuji za zhlédnutí", "děkujeme za zhlédnutí",
            "díky za zhlédnutí", "nezapomeňte odebírat…", "odebírejte kanál", "titulky…", "ďakujem za pozornosť",
            "ďakujem za pozretie", "ďakujeme za pozornosť", "nezabudnite odoberať…", "köszönöm, hogy megnézted",
            "köszönöm a figyelmet", "köszönjük a figyelmet", "iratkozzatok fel…", "iratkozz fel…", "feliratkozás…",
            "dankie dat jy gekyk het", "dankie dat julle gekyk het", "dankie vir die kyk", "baie dankie vir die kyk",
            "onderskrifte deur…", "moenie vergeet om te subscribe nie",
            // the same in Croatian, Serbian and Bosnian, Slovenian, Bulgarian, and Czech's thanks for the attention
            // (after the published outros run through the guard on 2026-12-05), and a Chinese streaming site's banner
            "hvala što ste gledali", "hvala sto ste gledali", "hvala na gledanju", "hvala na pažnji",
            "hvala za ogled", "pretplatite se…", "ne zaboravite se pretplatiti…", "благодаря за гледането",
            "благодаря за вниманието", "абонирайте се…", "děkuji za pozornost", "děkujeme za pozornost",
            "优优独播剧场…", "yoyo television series exclusive",
            // closing the episode for the day
            "ובזה נסיים", "ובזה נסיים להיום", "בזה נסיים להיום", "ובזה נסיים את הפרק", "ובזה נסיים את הפרק של היום",
            "на этом закончим…", "на этом заканчиваем…", "на этом мы закончим…", "на этом мы заканчиваем…",
            "وبهذا نختم…", "بهذا نختم…", "and with that we'll wrap up", "and that's a wrap", "that's a wrap for today",
            "on va s'arrêter là", "on va s'arrêter là pour aujourd'hui", "on s'arrête là pour aujourd'hui",
            // "till the next one" and "take care", a series' last words
            "do następnego", "trzymajcie się", "до следующего", "до наступного", "jusqu'à la prochaine",
            // blessings Whisper writes over Arabic and Hebrew silence, as recitals and sermons open and close
            "بسم الله الرحمن الرحيم", "الحمد لله", "الحمد لله رب العالمين", "صلى الله عليه وسلم", "اللهم صل على محمد",
            "اللهم صل وسلم على نبينا محمد", "استغفر الله", "استغفر الله العظيم", "لا إله إلا الله",
            "لا اله الا الله محمد رسول الله", "الله أكبر", "ما شاء الله", "سبحان الله وبحمده", "جزاك الله خيرا",
            "بارك الله فيكم", "ברוך השם", "בעזרת השם", "תודה לאל",
            // a sermon's or a lesson's closing formulas (the sixtieth held-back set)
            "آخر دعوانا أن الحمد لله رب العالمين", "آخر دعوانا ان الحمد لله رب العالمين",
            "صلى الله وسلم على نبينا محمد", "صلى الله على نبينا محمد",
            "صلى الله وسلم على نبينا محمد وعلى آله وصحبه أجمعين", "صلى الله على نبينا محمد وعلى آله وصحبه أجمعين",
            "على آله وصحبه أجمعين");

    private static final int OPEN_WORDS = 5;

    private static List<String> withOutrosOfWhispersLanguages(List<String> listed) {
        List<String> phrases = new ArrayList<>(listed);
        WordLists.rows("whisper-languages-outros.tsv").forEach(columns -> phrases.add(columns[1]));
        return List.copyOf(phrases);
    }

    private final Pattern neverSpoken;
    private final Pattern any;
    /** {@link #any} without the words an open phrase ("ترجمة…") lets follow it. */
    private final Pattern anyExactly;
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> openEnders = new HashSet<>();

    /**
     * @param extra the host's own phrases, treated as never spoken
     */
    public HallucinationPhrases(List<String> extra) {
        List<String> never = new ArrayList<>(NEVER_SPOKEN);
        never.addAll(extra);
        List<String> all = new ArrayList<>(never);
        all.addAll(POLITE);
        this.neverSpoken = compile(never, true);
        this.any = compile(all, true);
        this.anyExactly = compile(all, false);
        for (String phrase : all) {
            List<String> words = plainWords(phrase);
            vocabulary.addAll(words);
            if (isOpen(phrase) && !words.isEmpty()) {
                openEnders.add(words.get(words.size() - 1));
            }
        }
    }

    /** The built-in phrases only. */
    public static HallucinationPhrases builtIn() {
        return new HallucinationPhrases(List.of());
    }

    /** Whether the word is one of a known phrase's. */
    boolean knows(String word) {
        return vocabulary.contains(NumberWords.plainHebrew(word));
    }

    /** The words with Hebrew's doubled vowel letters written once; the same list when none has them. */
    private static List<String> plain(List<String> words) {
        List<String> plain = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String once = NumberWords.plainHebrew(word);
            if (plain == null && !once.equals(word)) {
                plain = new ArrayList<>(words.subList(0, i));
            }
            if (plain != null) {
                plain.add(once);
            }
        }
        return plain == null ? words : plain;
    }

    /** A phrase's words with Hebrew's doubled vowel letters written once, as a transcript's are before matching. */
    private static List<String> plainWords(String phrase) {
        return TranscriptFeatures.wordsOf(phrase).stream().map(NumberWords::plainHebrew).toList();
    }

    /** Whether known phrases of either kind cover at least {@code share} of the words' letters. */
    public boolean covers(List<String> words, double share) {
        return covers(any, words, share, true);
    }

    /**
     * As {@link #covers}, with no word after an open phrase counted: the phrases themselves, exactly
     * as listed, cover that share.
     */
    public boolean coversExactly(List<String> words, double share) {
        return covers(anyExactly, words, share, false);
    }

    /** Whether phrases never spoken in calls cover at least {@code share} of the words' letters. */
    public boolean neverSpokenCovers(List<String> words, double share) {
        return covers(neverSpoken, words, share, true);
    }

    private boolean covers(Pattern pattern, List<String> spelt, double share, boolean openTails) {
        List<String> words = plain(spelt); // "צפיה" is "צפייה"
        int letters = 0;
        int bound = 0;
        int openLeft = 0;
        for (String word : words) {
            letters += word.length();
            boolean known = vocabulary.contains(word)
                    || (Pleasantries.startsWithAnd(word) && vocabulary.contains(word.substring(1)));
            if (known || openLeft > 0) {
                bound += word.length();
            }
            openLeft = openTails && openEnders.contains(word) ? OPEN_WORDS : Math.max(0, openLeft - 1);
        }
        if (letters == 0 || bound < share * letters) {
            return false;
        }
        Matcher m = pattern.matcher(String.join(" ", words));
        int covered = 0;
        while (m.find()) {
            covered += m.group().replace(" ", "").length();
        }
        return covered >= share * letters;
    }

    private static boolean isOpen(String phrase) {
        String p = phrase.strip();
        return p.endsWith("…") || p.endsWith("...");
    }

    private static Pattern compile(List<String> unordered, boolean openTails) {
        List<String> phrases = new ArrayList<>(unordered);
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        // Hebrew's and Arabic's "and" written onto a phrase's first word ("ותודה רבה", "والسلام عليكم")
        StringBuilder regex = new StringBuilder("(?<=^| )[וو]?(?:");
        for (int i = 0; i < phrases.size(); i++) {
            String words = String.join(" ", plainWords(phrases.get(i)));
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words));
            if (openTails && isOpen(phrases.get(i))) {
                regex.append("(?: \\S+){0,").append(OPEN_WORDS).append('}');
            }
        }
        return Pattern.compile(regex.append(")(?= |$)").toString());
    }
}
