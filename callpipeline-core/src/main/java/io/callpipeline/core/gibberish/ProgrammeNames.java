package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme's or a series' name is a title, not the caller's business, though its words are a caller's: "برنامج
 * بيتك" (the programme "Your Home"), «Квартирный вопрос» (the flat question), "Your Dream Home". A sign-off names it
 * ("كانت هذه حلقة اليوم من برنامج بيتك", "That was this week's episode of Your Dream Home"), and the flat's word in it
 * excused the sign-off as a caller's. What tells a title: quotes, around any name a transcript writes in them (a
 * programme's, a sponsor's: "ממומן על ידי חברת "בית פלוס"", a company's), capitals after the programme's word (a few
 * words, each capitalised), or, in a script without capitals, the word or two that end the sentence right after a
 * programme's or a show's word, the first longer than a preposition ("מבזק על הריבית" is a bulletin about the rate),
 * and not a video's ("תודה על הסרטון של הדירה" is a caller's thanks for the flat's video).
 * A caller who names a programme still says what he saw or asks, which excuses him apart from the flat's words.
 */
final class ProgrammeNames {

    /**
     * A name in quotes: «…», "…", “…”, „…“, each mark at a word's edge: Hebrew writes its abbreviations with a quote
     * between letters ("עו"ד", "נדל"ן", "ת"א"), which opens and closes nothing.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[«\"“„]([^»\"”“]{1,60})[»\"”“](?![\\p{L}\\p{N}])");

    /** Whether the text holds a quote's mark at all: most do not, and are read no further. */
    private static final Pattern QUOTES = Pattern.compile("[«\"“„]");

    /** A title in capitals is this many words at most ("Your Dream Home", "The Property Hour"). */
    private static final int MAX_CAPITALISED = 4;

    /** A title in a script without capitals is this many words at most, and ends the sentence. */
    private static final int MAX_CASELESS = 2;

    /** A word this short after a programme's word is a preposition ("על", "عن"), not a title's first word. */
    private static final int LITTLE = EndingScan.SMALL_WORD;

    /** The ideas of a programme's word: a show, a programme, and for capitals and quotes a video or an episode too. */
    private static final Set<Idea> SHOWS = Set.of(Idea.SESSION, Idea.PROGRAMME);
    private static final Set<Idea> NAMED = Set.of(Idea.SESSION, Idea.PROGRAMME, Idea.VIDEO, Idea.EPISODE);

    /**
     * Hebrew's programme ("התוכנית בית חלומות"), a show's word here only: it is a plan too ("התוכנית של הדירה", the
     * flat's plan), so no ending's idea, and a plan's owner follows "of", which names no title.
     */
    private static final Set<String> HEBREW_SHOW = Set.of("התוכנית", "תוכנית", "בתוכנית", "לתוכנית", "מהתוכנית");

    /** Whether the word names something a title may follow: a show, a programme, a video, an episode. */
    private static boolean namesOne(String word) {
        return EndingWords.carriesAny(word, NAMED) || HEBREW_SHOW.contains(word);
    }

    /**
     * A channel, in the scripts without capitals, whose name follows it as a show's does ("كانت معكم ريم من قناة بيتك
     * بإسرائيل", "איתכם היה דני מערוץ בית חלומות"); a caller who saw the flat on one says so beside it.
     */
    private static final StemSet CASELESS_CHANNELS = caselessChannels();

    /** The channel's word, its Hebrew and Arabic prefixes read as every list's are ({@link StemSet}). */
    private static StemSet caselessChannels() {
        StemSet channels = new StemSet(0);
        channels.add("قناة");
        channels.add("ערוץ");
        channels.addWhole("ቻናል");
        channels.addWhole("ከቻናል"); // Amharic's prefixes are not StemSet's: "from the channel" whole
        return channels;
    }

    /** Whether the word names a show, a programme or a channel, whose caseless title may follow it. */
    private static boolean aShow(String word) {
        return EndingWords.carriesAny(word, SHOWS) || HEBREW_SHOW.contains(word)
                || CASELESS_CHANNELS.anyIn(List.of(word));
    }

    private ProgrammeNames() {
    }

    /** The transcript's words but a programme's name; its words as they are when no programme is named. */
    static List<String> outside(TranscriptFeatures t) {
        String written = t.transcript().text();
        boolean quotes = QUOTES.matcher(written).find();
        if (!quotes && t.words().stream().noneMatch(ProgrammeNames::namesOne)) {
            return t.words(); // most transcripts name no programme
        }
        String text = quotes ? QUOTED.matcher(written).replaceAll(" ") : written;
        StringBuilder kept = new StringBuilder();
        Matcher end = VideoOutroRule.SENTENCES.matcher(text);
        int start = 0;
        while (start < text.length()) {
            boolean ends = end.find();
            String sentence = text.substring(start, ends ? end.start() : text.length());
            // a long call's sentences name no programme: read token by token only the one that does
            boolean names = TranscriptFeatures.wordsOf(sentence).stream()
                    .anyMatch(ProgrammeNames::namesOne);
            kept.append(names ? withoutTitles(sentence) : sentence).append(". ");
            start = ends ? end.end() : text.length();
        }
        return TranscriptFeatures.wordsOf(kept.toString());
    }

    /**
     * The articles a title may follow, as written in lower case ("of the Tel Aviv Property Show", "de la Casa Ideal"):
     * only its capitalised words after them are the title.
     */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "el", "los", "las", "der", "die",
            "das", "dem", "den", "il", "lo");

    /** A clause's end inside a sentence: a title ends at one as at the sentence's end ("…of Your Dream Home, thanks"). */
    private static final Pattern CLAUSE = Pattern.compile("[,،;:]");

    /** The sentence without the title that ends any of its clauses after a programme's word. */
    private static String withoutTitles(String sentence) {
        StringBuilder kept = new StringBuilder();
        for (String clause : CLAUSE.split(sentence)) {
            kept.append(withoutTrailingTitle(clause)).append(", ");
        }
        return kept.toString();
    }

    /** The clause without the title that ends it after a programme's word; the clause when none does. */
    private static String withoutTrailingTitle(String sentence) {
        String[] tokens = sentence.strip().split("\\s+");
        for (int p = tokens.length - 2; p >= 0; p--) {
            List<String> programme = TranscriptFeatures.wordsOf(tokens[p]);
            if (programme.size() != 1 || !namesOne(programme.get(0))) {
                continue;
            }
            int from = p + 1;
            List<String> of = TranscriptFeatures.wordsOf(tokens[from]);
            if (of.size() == 1 && CallersOwnWords.OF.contains(of.get(0)) && from + 1 < tokens.length) {
                from++;
            }
            // "…episode of the Tel Aviv Property Show": the article before a title is no word of the caller's
            int named = from + 1 < tokens.length && ARTICLES.contains(tokens[from]) ? from + 1 : from;
            int title = tokens.length - named;
            boolean capitalised = title <= MAX_CAPITALISED
                    && CreditLines.allCapitalised(String.join(" ", List.of(tokens).subList(named, tokens.length)));
            // "מבזק על הריבית": a bulletin about something names its subject, not its title
            boolean caseless = title <= MAX_CASELESS && from == p + 1
                    && aShow(programme.get(0)) && caseless(tokens, from)
                    && tokens[from].codePointCount(0, tokens[from].length()) > LITTLE;
            return capitalised || caseless ? String.join(" ", List.of(tokens).subList(0, p + 1)) : sentence;
        }
        return sentence;
    }

    /** Whether the words are written in a script without capitals (Hebrew, Arabic). */
    private static boolean caseless(String[] tokens, int from) {
        for (int i = from; i < tokens.length; i++) {
            int first = tokens[i].codePointAt(0);
            if (!Character.isLetter(first) || Character.isUpperCase(first) || Character.isLowerCase(first)) {
                return false;
            }
        }
        return true;
    }
}
