package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * The presenters' shapes a short transcript opens on, which the ending's reading ({@link EndingScan}) takes for a
 * caller's since their words are no video's: the tour of a flat a close points at, a show's title, a cook's tart, a
 * guest's profession, a lesson's next time, what follows a break, a service's dismissal, a word to repeat, the next
 * episode's title, a newsletter, a named act's applause, a course's next module, a DJ's dedication, a video's
 * timestamps, a streamer's raid, a talk's thanks, a conference operator's handover, and the announcements of a cabin,
 * a train, a shop, a wedding's DJ and a tour guide, a fairy tale's formula, a wedding's vows, a court's rising, a
 * stage's call and a horoscope's sign. Each is a phrase and a word that completes it (or the phrase alone), read by
 * an {@link OpeningThenWord} from the shape's own file, whose header says where its words were gathered; a caller
 * asks, names a number, says what he wants or saw, or names what excuses the shape (a deal closed, the flat).
 */
final class OpeningShapes {

    /**
     * A close pointed at itself, "with this we end…" ("Con esto cerramos la visita al ático", "בזה אנחנו מסיימים את
     * הסיור בדירה", "На этом…"): the pointing words among the first three, the verb that closes within four words
     * after them; a deal or a contract closed excuses.
     */
    private static final OpeningThenWord CLOSING_WITH_THIS = new OpeningThenWord("closing-with-this.tsv",
            List.of("with", "close", "deal"), 3, 4);

    /**
     * A programme named to its audience as it ends ("You've been watching Homes Under the Hammer", "צפיתם בתוכנית…",
     * "Вы смотрели программу…"): the telling words among the first two, the programme within three words after them
     * or its title written with a capital right after.
     */
    private static final OpeningThenWord PROGRAMME_NAMED = new OpeningThenWord("programmes-named.tsv",
            List.of("named", "programme"), 2, 3);

    /**
     * A demonstration's result shown off ("And that's how you fix a leaky faucet", "וככה מכינים חלה", "Y así es como
     * se prepara una paella"): the pointing words among the first five ("And that, my friends, is how you…"), the verb
     * of making within three words after them; a deal done excuses ("And there you have it, the contract is signed").
     */
    private static final OpeningThenWord DEMONSTRATIONS_RESULT = new OpeningThenWord("demonstrations.tsv",
            List.of("how", "verb", "deal"), 5, 3);

    /**
     * An interview show's guest introduced ("My guest today is a mortgage broker", "Сегодня у нас в гостях юрист…",
     * "Join us next week when we sit down with a mortgage broker"): the introducing words among the first six, the
     * guest's profession within six words after them or the guest's name written with a capital right after
     * ("Joining me today is Dana Levi").
     */
    private static final OpeningThenWord GUEST_INTRODUCED = new OpeningThenWord("guests.tsv",
            List.of("guest", "expert"), 6, 6);

    /**
     * A lesson stopped for today, to go on next time ("That's where we'll stop for today", "כאן נעצור להיום, נמשיך
     * בשיעור הבא", "Alright, I'm going to leave it there. Peace and love, everyone"): the stopping words among the
     * first four, the day, the next time or the audience within four words after them, or the audience called before
     * them ("Bueno chicos, aquí lo dejamos", "طيب يا جماعة، هون منوقف"). A caller stops to say why, naming the flat or
     * its price ("Bueno chicos, aquí lo dejamos, el precio es demasiado alto").
     */
    private static final OpeningThenWord LESSON_STOPPED = new OpeningThenWord("lesson-stops.tsv",
            List.of("stop", "next", "excuse"), 4, 4, true);

    /**
     * A break in the programme, what follows it promised ("Stay with us, more after the break", "Bleiben Sie dran,
     * nach der Werbung geht es weiter"): the break's words anywhere in the short transcript, alone; a day, an hour or
     * the flat named is a caller's break from work.
     */
    private static final OpeningThenWord BREAK_PROMISED = new OpeningThenWord("breaks.tsv",
            List.of("break"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * A religious service's dismissal or a lesson's closing blessing ("Let us pray. Amen.", "Go in peace", "במהרה
     * בימינו, אמן", "Идите с миром"): the liturgy's words anywhere in the short transcript, alone.
     */
    private static final OpeningThenWord SERVICE_CLOSED = new OpeningThenWord("services.tsv",
            List.of("dismissal"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * A language lesson's order to repeat after the teacher ("Repeat after me: la casa", "חזרו אחריי: שלום"): the
     * order among the first three words, alone.
     */
    private static final OpeningThenWord REPEAT_AFTER_ME = new OpeningThenWord("repeats.tsv",
            List.of("repeat"), 3, 0);

    /**
     * The next episode's title after the words that announce it ("בפרק הבא: איך לקנות דירה ראשונה", "В следующем
     * выпуске: как выбрать ипотеку"): the announcing words among the first two, a question word or a teaser's verb
     * within two words after them.
     */
    private static final OpeningThenWord NEXT_TITLE = new OpeningThenWord("next-titles.tsv",
            List.of("next", "subject"), 2, 2);

    /**
     * The audience told to sign up for the presenter's newsletter ("Sign up for our newsletter…", "הירשמו לניוזלטר
     * שלנו", "Melden Sie sich für unseren Newsletter an"): the order among the first three words, alone.
     */
    private static final OpeningThenWord NEWSLETTER = new OpeningThenWord("newsletters.tsv",
            List.of("signup"), 3, 0);

    /**
     * A host's call to give it up for a named act ("Ladies and gentlemen, give it up for Dana Levi!"): the call among
     * the first five words, completed by a name written with a capital right after it, or alone.
     */
    private static final OpeningThenWord APPLAUSE = new OpeningThenWord("applause.tsv",
            List.of("applause"), 5, 0);

    /**
     * An online course's next module or lesson with what it will teach ("In the next module, we'll look at how…",
     * "במודול הבא נלמד…"): the announcing words among the first two, a teacher's verb within three words after them.
     */
    private static final OpeningThenWord NEXT_MODULE = new OpeningThenWord("courses.tsv",
            List.of("next", "teach"), 2, 3);

    /**
     * A DJ's dedication of the next song ("This next one goes out to everyone driving home tonight", "השיר הבא מוקדש
     * ל…"): the dedicating words among the first three, alone.
     */
    private static final OpeningThenWord DEDICATION = new OpeningThenWord("dedications.tsv",
            List.of("dedication"), 3, 0);

    /**
     * A video's timestamps or chapters pointed at ("Timestamps are in the description if you want to skip ahead",
     * "חותמות הזמן נמצאות בתיאור"): the timestamps' word among the first three, where they are within five after it.
     */
    private static final OpeningThenWord TIMESTAMPS = new OpeningThenWord("timestamps.tsv",
            List.of("stamps", "where"), 3, 5);

    /**
     * A streamer's chat told of a raid, a game's end or a clip ("GG everyone, raid incoming", "תודה על הרייד"): the
     * stream's words anywhere alone, or the chat called and what a streamer tells it within four words after.
     */
    private static final OpeningThenWord RAID = new OpeningThenWord("raids.tsv",
            List.of("raid", "told"), OpeningThenWord.MAX_WORDS, 4);

    /**
     * A speaker's thanks to the hall for coming to the talk ("Thanks for coming to my talk", "Danke, dass ihr bei
     * meinem Vortrag wart"): the thanks anywhere and the talk's word within three words after it.
     */
    private static final OpeningThenWord TALK_ENDED = new OpeningThenWord("talks-ended.tsv",
            List.of("thanks", "talk"), OpeningThenWord.MAX_WORDS, 3);

    /**
     * An earnings call's operator handing back or ending the conference ("I'll turn the call back over to management
     * for closing remarks", "This concludes today's conference call"): the operator's words anywhere, alone; the
     * call he speaks of is his own, not one a caller asks for, and his remarks' closing no deal's (so it is no shape
     * the flat's words excuse, as a break's is).
     */
    private static final OpeningThenWord OPERATOR = new OpeningThenWord("operators.tsv",
            List.of("operator", "own"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * An airline cabin's announcement ("Please fasten your seatbelts, we are beginning our descent", "נא להדק את
     * חגורות הבטיחות"): the order to fasten the belts anywhere and the flight's word within eight words after it (the
     * order alone is an idiom too), or the crew's order to the seats alone.
     */
    private static final OpeningThenWord CABIN = new OpeningThenWord("cabins.tsv",
            List.of("belts", "flight"), OpeningThenWord.MAX_WORDS, 8);

    /**
     * A train's next stop announced ("Next stop: Tel Aviv Central. Please mind the gap.", "התחנה הבאה: חיפה מרכז"):
     * the next stop's words among the first two and what the announcement goes on to within ten words after them, or
     * its own order among the first two alone.
     */
    private static final OpeningThenWord TRANSIT = new OpeningThenWord("transit.tsv",
            List.of("stop", "then"), 2, 10);

    /**
     * A shop's announcement to its customers ("Dear customers, the store will be closing…", "לקוחות יקרים…"): the
     * customers addressed among the first two words, alone; the shop's closing is its own, no deal's.
     */
    private static final OpeningThenWord SHOP = new OpeningThenWord("shops.tsv",
            List.of("customers", "own"), 2, 0);

    /**
     * A wedding DJ's call to the dance floor ("All the groom's friends to the dance floor!", "כל החברים של החתן
     * לרחבה!"): the dance floor's words among the first five alone, or the guests called and the floor within four
     * words after them.
     */
    private static final OpeningThenWord DANCE_FLOOR = new OpeningThenWord("dance-floors.tsv",
            List.of("floor", "plaza"), 5, 4);

    /**
     * A tour guide pointing his group at a sight ("On your right, you can see the old city walls", "מימינכם אפשר לראות
     * את…", "If you look to your left, you can see…"): the side and what the group can see among the first five words,
     * alone.
     */
    private static final OpeningThenWord GUIDE = new OpeningThenWord("guides.tsv",
            List.of("sight"), 5, 0);

    /**
     * A fairy tale's opening or ending formula ("Once upon a time…", "וכולם חיו באושר ועושר", "Жили-были…"): the
     * formula anywhere, alone.
     */
    private static final OpeningThenWord FAIRY_TALE = new OpeningThenWord("fairy-tales.tsv",
            List.of("tale"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * A wedding's vows or its pronouncement ("I now pronounce you husband and wife", "הרי את מקודשת לי"): the formula
     * anywhere, alone.
     */
    private static final OpeningThenWord WEDDING_VOWS = new OpeningThenWord("vows.tsv",
            List.of("vow"), OpeningThenWord.MAX_WORDS, 0);

    /** A court's clerk calling the room to rise ("All rise", "כולם לקום, בית המשפט"): the call anywhere, alone. */
    private static final OpeningThenWord COURT_RISING = new OpeningThenWord("court-rising.tsv",
            List.of("rise"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * A stage's call to its crowd: an auction's hammer, a theatre's phones, a race's start, a game show's contestant
     * ("Going once, going twice, sold!", "נא לכבות את הטלפונים הניידים"): the call anywhere, alone.
     */
    private static final OpeningThenWord STAGE_CALL = new OpeningThenWord("stage-calls.tsv",
            List.of("stage"), OpeningThenWord.MAX_WORDS, 0);

    /**
     * A horoscope's sign and what its week holds ("מזל טלה: השבוע…", "Aries, the stars are aligned for you this
     * week"): the sign among the first two words and the week, the day or the stars within eight words after it.
     */
    private static final OpeningThenWord HOROSCOPE = new OpeningThenWord("horoscopes.tsv",
            List.of("sign", "holds"), 2, 8);

    private static final List<OpeningThenWord> OPENINGS = List.of(CLOSING_WITH_THIS, PROGRAMME_NAMED,
            DEMONSTRATIONS_RESULT, GUEST_INTRODUCED, REPEAT_AFTER_ME, NEXT_TITLE, NEWSLETTER, DEDICATION, OPERATOR);

    /**
     * The shapes an hour or the flat named beside their own words excuses, as a day excuses every shape: their words
     * stand anywhere, or are words a caller says of the flat too ("En el próximo módulo del edificio veremos la
     * piscina", "Los capítulos del reglamento están abajo en el contrato", "Chers clients, désolé, l'appartement est
     * déjà loué", "No olviden sus pertenencias en el piso cuando se muden").
     */
    private static final List<OpeningThenWord> EXCUSED_BY_THE_FLAT = List.of(BREAK_PROMISED, SERVICE_CLOSED, RAID,
            TALK_ENDED, APPLAUSE, NEXT_MODULE, TIMESTAMPS, CABIN, TRANSIT, SHOP, DANCE_FLOOR, GUIDE, FAIRY_TALE,
            WEDDING_VOWS, COURT_RISING, STAGE_CALL, HOROSCOPE);

    private OpeningShapes() {
    }

    /**
     * Whether the short transcript opens on one of the shapes, or on one of those the flat excuses naming no hour or
     * flat beside its words.
     */
    static boolean in(TranscriptFeatures t) {
        for (OpeningThenWord shape : OPENINGS) {
            if (shape.in(t)) {
                return true;
            }
        }
        // a lesson's stop names no flat (its next time may be a number's word: "в следующий раз")
        if (LESSON_STOPPED.in(t) && !CallerWords.topicIn(t.words())) {
            return true;
        }
        for (OpeningThenWord shape : EXCUSED_BY_THE_FLAT) {
            if (shape.in(t, true)) {
                return true;
            }
        }
        return false;
    }
}
