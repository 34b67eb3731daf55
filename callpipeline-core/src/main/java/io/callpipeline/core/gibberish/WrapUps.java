package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.WrapUpWords.is;
import static io.callpipeline.core.gibberish.WrapUpWords.little;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A video's wrap-up, "that's all for today": whole phrases from {@code wrap-ups.tsv}, and "everything" beside "today",
 * "now" or "this week" (today's broadcast may stand between: "C'est tout pour l'épisode d'aujourd'hui"), or followed by
 * the speaker's own part ("that's it for me") or by this video ("eso es todo en este video"), a few little words apart
 * in any wording ({@code wrap-up-words.tsv}: "זה היה הכל בשבילכם היום", "Por hoy
 * esto ha sido todo"), since its words ("all", "today", "всё", "היום") are every caller's too and only together say
 * that a video is done. A phrase list knew the bare phrases and missed each wording with a word more; a video says them
 * to its audience and before its goodbye ("На сегодня всё, друзья"), which {@link VideoOutroRule} reads with the words
 * where each wrap-up stands. What the presenter wanted to say may stand between "everything" and "today" ("That's
 * everything I wanted to go over today"), and a broadcast after a copula stands for "everything" before its "today"
 * ("That was the podcast for today").
 */
final class WrapUps {

    private static final PhraseIndex<Boolean> PHRASES = new PhraseIndex<>();
    /** How many words after a wrap-up for the audience are read for what it is about ("…לגבי החוזה"). */
    private static final int TOPIC_AFTER = 3;
    /** At most this many little words stand between "everything" and "today". */
    private static final int MAX_LITTLE = 3;
    /**
     * How far after "everything" its "today" may stand: the little words, two more beside what the presenter wanted to
     * say, a wish, a saying of two words and today's broadcast ("tout ce que je voulais vous dire aujourd'hui").
     */
    private static final int MAX_REACH = MAX_LITTLE + 7;
    /**
     * At most this many before the two, the future's and the conditional's verbs among them ("and that is going to be
     * it for today").
     */
    private static final int MAX_LITTLE_BEFORE = 5;

    static {
        for (String[] columns : WordLists.rows("wrap-ups.tsv")) {
            PHRASES.add(Boolean.TRUE, columns[1]);
        }
    }

    private WrapUps() {
    }

    /** Where in the words a wrap-up stands: the indexes of its words, none when there is none. */
    static BitSet in(List<String> words) {
        BitSet wrapped = PhraseIndex.where(PHRASES.in(words));
        List<String> keys = null; // read only when "everything" is said
        for (int i = 0; i < words.size(); i++) {
            String key = NumberWords.key(words.get(i));
            boolean broadcastAfterACopula = false;
            if (!is("all", key) && !is("it", key) && !is("every", key)) {
                // "that was the podcast for today", "c'était le live de ce soir": the broadcast itself after a copula,
                // as "everything" is, only before its "today"; its words are looked up only after a copula
                if (!copulaJustBefore(words, i) || !broadcast(words.get(i))) {
                    continue;
                }
                broadcastAfterACopula = true;
            }
            keys = keys != null ? keys : words.stream().map(NumberWords::key).toList();
            if (broadcastAfterACopula && !afterACopula(keys, i)) {
                continue;
            }
            if (is("every", key) && !(i + 1 < keys.size() && is("what", keys.get(i + 1)))) {
                continue; // Hebrew's "כל" is everything only before "מה" ("כל מה שרציתי"): "כל יום" is every day
            }
            if (is("it", key) && !is("all", key) && !afterACopula(keys, i)) {
                continue;
            }
            if (saidToBeWell(keys, i)) {
                continue;
            }
            // "I've got everything for you", "יש לי הכל בשבילכם", "عندي كل شي إلكم": a caller who has it all ready
            if (i > 0 && is("had", keys.get(i - 1)) || i > 1 && is("had", keys.get(i - 2))) {
                continue;
            }
            // one word further after "everything" when today's broadcast stands between ("eso es todo por el episodio
            // de hoy")
            for (int j = Math.max(0, i - MAX_LITTLE - 1); j <= Math.min(keys.size() - 1, i + MAX_REACH); j++) {
                if (broadcastAfterACopula && !(j > i && is("now", keys.get(j)))) {
                    continue;
                }
                int from = Math.min(i, j);
                int to = Math.max(i, j);
                // the speaker's own part, or this video, only after "everything" ("that's it for me", "eso es todo en
                // este video"): "send me all…", "all in the video" are a caller's; this video's "this" is ThisVideo's
                boolean thisVideo = j > i && EndingWords.carries(words.get(j), EndingWords.Idea.VIDEO)
                        && ThisVideo.at(words, j);
                // "that's all I've got for you guys", "todo lo que tenía para ustedes": all he has for his audience
                boolean forTheAudience = j > i && is("audience", keys.get(j));
                boolean scope = is("now", keys.get(j)) || j > i && is("own", keys.get(j)) || thisVideo
                        || forTheAudience;
                int littleTo = thisVideo && ThisVideo.namedBefore(words, j) ? to - 1 : to; // "this" is no little word
                boolean between = j > i && is("now", keys.get(j))
                        ? littleOrTodaysBroadcast(words, keys, from + 1, littleTo)
                        : forTheAudience ? to - from - 1 <= MAX_LITTLE + 1 && littleOrHad(keys, from + 1, to)
                        : to - from - 1 <= MAX_LITTLE && little(keys, from + 1, littleTo);
                if (j != i && scope && between) {
                    int start = from;
                    boolean future = false;
                    while (start > 0 && from - start < MAX_LITTLE_BEFORE) {
                        boolean willBe = is("future", keys.get(start - 1));
                        if (!willBe && !little(keys, start - 1, start)) {
                            break;
                        }
                        future |= willBe;
                        start--;
                    }
                    // "eso sería todo por hoy" says what it is all for; "Sarà tutto oggi" (it will all be today) does
                    // not, and is a caller's
                    // "for this week's show", "for tonight's episode": a time said as whose takes the thing after it
                    // "…was ich euch heute zeigen wollte": what the presenter wanted to say, after "today", is the
                    // wrap-up's too
                    int said = j > i && is("now", keys.get(j)) ? saidAfter(keys, to + 1)
                            : forTheAudience ? saidAfter(keys, to + 1, true) : 0;
                    int end = j > i && is("whose", keys.get(j)) && j + 1 < keys.size()
                            ? to + 1 + instalment(words, keys, to + 1)
                            : said > 0 && (forTheAudience || wished(keys, from, to + 1 + said)) ? to + 1 + said
                            : to + 1;
                    // "כל מה שיש לי בשבילכם לגבי החוזה": what a caller has for the agents is about the contract
                    if (forTheAudience && CallerWords.topicIn(words.subList(end, Math.min(words.size(),
                            end + TOPIC_AFTER)))) {
                        continue;
                    }
                    wrapped.set(future && to - from < 2 ? from : start, end);
                }
            }
        }
        return wrapped;
    }

    /**
     * Whether the words between "everything" and its "today" are little ones, at most {@value #MAX_LITTLE}, and one
     * word of a broadcast at most: today's episode, video, lesson or programme, which the wrap-up is for ("C'est tout
     * pour l'épisode d'aujourd'hui", "זה הכל לפרק של היום", "Questo è tutto per il video di oggi").
     */
    private static boolean littleOrTodaysBroadcast(List<String> words, List<String> keys, int from, int to) {
        int littles = 0;
        int broadcasts = 0;
        int wishes = 0;
        int sayings = 0;
        int instalments = 0;
        for (int k = from; k < to; k++) {
            String key = keys.get(k);
            if (is("wish", key)) {
                wishes++;
            } else if (is("say", key)) {
                sayings++;
            } else if (little(keys, k, k + 1)) {
                littles++;
            } else if (broadcast(words.get(k))) {
                broadcasts++;
            } else if (ofToday(keys, k, to)) {
                instalments++;
            } else {
                return false;
            }
        }
        if (wishes == 0 && sayings == 0) {
            return littles <= MAX_LITTLE && (broadcasts <= 1 && instalments == 0 || broadcasts == 0);
        }
        if (instalments > 0) {
            return false;
        }
        // "everything I wanted to go over today", "alles, was ich euch heute zeigen wollte": a wish and a saying of a
        // word or two ("walk you through"), between the two or just after "today", and two little words more ("we
        // wanted to share with you", "o que eu queria mostrar para vocês hoje")
        int after = saidAfter(keys, to + 1);
        for (int k = to + 1; k < to + 1 + after; k++) {
            wishes += is("wish", keys.get(k)) ? 1 : 0;
            sayings += is("say", keys.get(k)) ? 1 : 0;
        }
        return wishes == 1 && sayings >= 1 && sayings <= 2 && littles <= MAX_LITTLE + 2 && broadcasts <= 1;
    }

    /**
     * Whether the word at {@code k} is said of today, the "now" at {@code now}: right before it after an "of" ("el tour
     * de hoy", "לסיור של היום", "il giro di oggi") or before French's elided one ("la visite d'aujourd'hui"). Whatever
     * today's instalment is (a tour, a visit), a wrap-up said for it is the series', as English's "today's tour" is.
     */
    private static boolean ofToday(List<String> keys, int k, int now) {
        String today = keys.get(now);
        int of = now > 0 && CallersOwnWords.OF.contains(keys.get(now - 1)) ? now - 1
                : today.startsWith("d") && is("now", today.substring(1)) ? now : -1;
        return of > k && of - k <= INSTALMENTS_WORDS;
    }

    /**
     * How many words from {@code from} name the instalment a time said as whose is for: the word after it, and one more
     * that is neither a little word nor an ending's ("today's | home tour", "this week's | market update").
     */
    private static int instalment(List<String> words, List<String> keys, int from) {
        boolean second = from + 1 < words.size() && !little(keys, from + 1, from + 2)
                && !EndingWords.anyIn(List.of(words.get(from + 1))) && !Pleasantries.isOne(words.get(from + 1));
        return second ? INSTALMENTS_WORDS : 1;
    }

    /** How many words today's instalment is named in ("today's home tour", "el recorrido virtual de hoy"). */
    private static final int INSTALMENTS_WORDS = 2;

    /** Whether a wish ("wanted", "רציתי", "wollte") stands among the keys from {@code from} (inclusive) to {@code to}. */
    private static boolean wished(List<String> keys, int from, int to) {
        for (int k = from; k < to; k++) {
            if (is("wish", keys.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words between "everything" and the audience it is for are little ones or say what the presenter had,
     * wanted or had to say ("I've got", "lo que tenía", "ce que j'avais à", "что я хотел").
     */
    private static boolean littleOrHad(List<String> keys, int from, int to) {
        for (int k = from; k < to; k++) {
            String key = keys.get(k);
            if (!is("had", key) && !is("wish", key) && !is("say", key) && !little(keys, k, k + 1)) {
                return false;
            }
        }
        return true;
    }

    /** How many words from {@code from} say what the presenter wanted to say ("…heute zeigen wollte"), two at most. */
    private static int saidAfter(List<String> keys, int from) {
        return saidAfter(keys, from, false);
    }

    /**
     * How many words from {@code from} say what the presenter wanted to say, or had when {@code had} ("…für euch
     * habe", "…à vous dire"), two at most.
     */
    private static int saidAfter(List<String> keys, int from, boolean had) {
        int said = 0;
        while (said < 2 && from + said < keys.size() && (is("wish", keys.get(from + said))
                || is("say", keys.get(from + said)) || had && is("had", keys.get(from + said)))) {
            said++;
        }
        return said;
    }

    private static boolean broadcast(String word) {
        return EndingWords.carriesAny(word, BROADCASTS);
    }

    /** The ideas of a broadcast a wrap-up may be for. */
    private static final Set<EndingWords.Idea> BROADCASTS = Set.of(EndingWords.Idea.VIDEO, EndingWords.Idea.EPISODE,
            EndingWords.Idea.SESSION, EndingWords.Idea.PROGRAMME);

    /** At most this many little words stand between a copula and English's "it" ("that's pretty much it"). */
    private static final int MAX_LITTLE_BEFORE_IT = 2;

    /** Whether one of the two words before {@code i} is a copula ("that was the podcast", "c'était le live"). */
    private static boolean copulaJustBefore(List<String> words, int i) {
        return i > 0 && is("copula", NumberWords.key(words.get(i - 1)))
                || i > 1 && is("copula", NumberWords.key(words.get(i - 2)));
    }

    /**
     * Whether "it" or a broadcast at {@code i} follows a copula, a little word or two apart ("that's it", "that's about
     * it", "that was the podcast", "c'était le live").
     */
    private static boolean afterACopula(List<String> keys, int i) {
        for (int copula = i - 1; copula >= Math.max(0, i - 1 - MAX_LITTLE_BEFORE_IT); copula--) {
            if (is("copula", keys.get(copula))) {
                return true;
            }
            if (!little(keys, copula, copula + 1)) {
                return false;
            }
        }
        return false;
    }

    /** Whether "everything" at {@code i} is said to be well, next or after a little word ("היום הכל בסדר"). */
    private static boolean saidToBeWell(List<String> keys, int i) {
        for (int next = i + 1; next < Math.min(keys.size(), i + 3); next++) {
            if (is("state", keys.get(next))) {
                return true;
            }
            if (!little(keys, next, next + 1)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word says "now" ("today", "todays", "היום", "сегодняшнем", "hoy"), as a wrap-up's time does. */
    static boolean isNow(String word) {
        return is("now", NumberWords.key(word));
    }

    /**
     * Whether the words between two say "now" ("today's", "היום", "hoy") among little ones only: "השיעור של היום
     * הסתיים", "La clase de hoy ha terminado" end a lesson as "the lesson ended" does; "Nachrichten bis zu Ende" (the
     * news to the end) says no end of today's.
     */
    static boolean nowBetween(List<String> words, int from, int to) {
        Predicate<String> now = w -> is("now", NumberWords.key(w));
        return WordsBetween.onlyLittleOr(words, from, to, now, now);
    }

    /**
     * Whether the words are a video's wrap-up ("На сегодня всё", "זה הכל לסרטון הזה") and nothing else but a video's
     * words, a pleasantry, its audience, little words ("…, друзья", "…, guys, see you", "يا", "and"), its presenter's
     * name, written capitalised past the first word ("…, с вами был Алексей", "…, I'm Alex"), or filling words before
     * it ("So yeah, that's pretty much it for today's video").
     */
    static boolean whole(TranscriptFeatures t, BitSet wrap, Predicate<String> phraseWord) {
        if (wrap.isEmpty()) {
            return false;
        }
        List<String> words = t.words();
        int first = wrap.nextSetBit(0);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // "So yeah, that's pretty much it for today's video": filling words before the wrap-up open it
            boolean opensIt = i < first && FillingWordsRule.isFilling(word);
            if (!wrap.get(i) && !phraseWord.test(word) && !(i > 0 && t.writtenCapitalised(i)) && !opensIt
                    && word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD) {
                return false;
            }
        }
        return true;
    }
}
