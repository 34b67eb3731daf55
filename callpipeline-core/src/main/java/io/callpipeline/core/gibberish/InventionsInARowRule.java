package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Transcript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A long invention is short ones in a row. Whisper fills a minute of silence with a video's whole ending, sentence
 * after sentence ("Thanks for watching. Like and subscribe. Write in the comments. See you in the next one. Bye!"),
 * with a credit block of four names, or with the same between sound captions; each sentence is what a rule that
 * judges short transcripts catches, but the whole is longer than any of them reads ({@link VideoOutroRule} stops at
 * sixteen words, a credit at ten), because a long call says such words among its own.
 *
 * <p>So the transcript is read piece by piece: its sentences, with sound captions taken out, and a sentence longer
 * than a short rule reads cut at its commas (a clause with none of an ending's ideas kept with the next, as a
 * condition is: "and if you found it useful, smash that like button"). Each piece is judged alone by the rules of
 * short inventions (phrases, endings and credits, recording titles, filling words). Filling words, pleasantries and a
 * name of a word or two ("Bye!", "Семкин") are set aside unless a short rule judges them ("and we'll see you next
 * time" is all pleasantries' words, and an ending), and so is a sign-off of three words no rule judged ("Peace
 * out!"). The whole is an invention when at least two pieces are, one
 * of them an ending or a credit, and every other piece was set aside or leans to them: an ending's or a credit's
 * words that no short rule judged alone, with nothing a caller says ("and I'll see you in the next one", "Субтитры
 * подготовлены командой проекта"), or a role no list names labelling a name as credits do ("הגהה: דנה כהן",
 * "Timing: Anna Bell"), no more of them than pieces judged. One sentence of the caller's own ("אפשר לבוא
 * מחר?", "We'd like to see it on Sunday") makes it a call, whose invented tail is a segment to hide; two sayings
 * about God ("Кто-то выдумал Бога. Бог создал все живое.") are no ending. One sentence too long for a short rule may
 * be one ending judged and a condition on the video, or an ending's phrase, leaning to it ("If this video helped you at
 * all, give it a thumbs up and share it with a friend who's house hunting", "Thank you all for 50,000 subscribers, I
 * couldn't have done it without you guys"), which counts as two, as an ending that names the video, stream or episode
 * it ends does. The verdict is the longest piece's.
 */
final class InventionsInARowRule implements GibberishRule {

    /**
     * Sound captions and music, taken out as a break between pieces ("[Music] Thanks for watching! [Music]"): the
     * brackets, stars and notes of {@link AnnotationRule}'s captions, not its quotes («…») or hashes, which a caller's
     * words may stand in.
     */
    private static final Pattern CAPTIONS = Pattern.compile("\\[[^\\]]*]|\\([^)]*\\)|♪[^♪]*♪|[♪♫♬🎵🎶]|\\*[^*]+\\*");

    /** A sentence's end: its mark with a space or the text's end after it ("Amara.org" and "3.5" are not split). */
    private static final Pattern SENTENCES = Pattern.compile("[.!?;؟。！？።፧…]+(?:\\s+|$)|\\n+");

    /** A sentence's end with another sentence after it: one short sentence is the short rules' to judge. */
    private static final Pattern ANOTHER_SENTENCE = Pattern.compile("[.!?;؟。！？።፧…]+\\s+\\S|\\n\\s*\\S");

    /**
     * A clause's end, where a sentence longer than a short rule reads is cut; a comma between digits is a number's
     * ("50,000 subscribers").
     */
    static final Pattern CLAUSES = Pattern.compile("(?:(?<!\\d)[,،、፣]|[,،、፣](?!\\d))\\s*|\\s[-–—]\\s");

    /** A sentence this long is cut at its commas: the short rules read no more (see {@link VideoOutroRule}). */
    static final int MAX_PIECE_WORDS = 16;

    /** An unpunctuated sentence this long is three pieces' worth: a longer one is a call's, read no further. */
    private static final int MAX_UNPUNCTUATED_WORDS = 3 * MAX_PIECE_WORDS;

    /** Pieces that must be inventions: one alone beside a name or a "bye" is the short rules' to judge. */
    static final int MIN_INVENTED_PIECES = 2;

    /**
     * What an ending may name as the thing it ends: a video or a stream, an episode, a programme. A caller thanks for
     * his time or the viewing; an ending judged that names one of these ("This video is sponsored by…", "Thanks for
     * hanging out with me on stream tonight") is no caller's, and counts as two pieces.
     */
    private static final Set<EndingWords.Idea> MEDIA = EnumSet.of(EndingWords.Idea.VIDEO, EndingWords.Idea.EPISODE,
            EndingWords.Idea.PROGRAMME);

    private final List<GibberishRule> pieceRules;

    /**
     * @param pieceRules the rules that judge a short transcript, asked in order for each piece
     */
    InventionsInARowRule(List<GibberishRule> pieceRules) {
        this.pieceRules = List.copyOf(pieceRules);
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        String text = t.transcript().text();
        boolean onePiece = t.words().size() <= MAX_PIECE_WORDS && !ANOTHER_SENTENCE.matcher(text).find()
                && !CAPTIONS.matcher(text).find();
        // one short sentence of clauses, one of them with an ending's words, is read clause by clause (below)
        boolean clausesToRead = onePiece && EndingWords.anyIn(t.words()) && CLAUSES.matcher(text).find();
        if (onePiece && !clausesToRead || CallersOwnWords.asksACallersQuestion(text) || callersWordsIn(t)) {
            // one short sentence is the short rules' to judge; a question (but the audience's opinion asked), the flat
            // or a call back is a caller's piece, which no short rule judges an invention: most calls stop here, at a
            // look or two
            return Optional.empty();
        }
        String language = t.transcript().language();
        if (onePiece) {
            // "Until next time, this has been Travels with Tom, keep exploring": one sentence, clauses judged alone
            return ClausesInARow.judged(CLAUSES.split(text), language, piece -> judged(piece, language));
        }
        GibberishVerdict longest = null;
        int longestWords = 0;
        int invented = 0;
        boolean anEnding = false;
        int leaning = 0; // pieces of an ending's or a credit's words that no short rule judged alone
        boolean subject = false; // a piece that names only the flat the video is about, or wraps the video up
        boolean mediumNamed = false; // an ending judged that names the video, the episode or the programme it ends
        boolean strongLean = false; // a piece leaning as a condition on the video, or in an ending's phrase
        // read piece by piece and stop at the first of the caller's own: a long call costs a sentence or two
        for (String sentence : SENTENCES.split(CAPTIONS.matcher(text).replaceAll(". "))) {
            List<String> sentenceWords = TranscriptFeatures.wordsOf(sentence);
            List<String> pieces = sentenceWords.size() > MAX_PIECE_WORDS ? LongSentenceClauses.of(sentence)
                    : List.of(sentence);
            if (pieces.size() == 1 && sentenceWords.size() > MAX_PIECE_WORDS) {
                pieces = cutUnpunctuated(sentence, sentenceWords, language);
            }
            for (String piece : pieces) {
                List<String> words = pieces.size() == 1 ? sentenceWords : TranscriptFeatures.wordsOf(piece);
                if (words.isEmpty()) {
                    continue;
                }
                // "…, and we'll see you next time": a goodbye of pleasantries' words is set aside as a "Bye!" is, but
                // counts when a short rule judges it an invention
                Optional<GibberishVerdict> verdict = judged(piece.strip(), language);
                if (verdict.isEmpty() && (InventionPieces.setAside(piece, words) || InventionPieces.signsOff(words))) {
                    continue;
                }
                // "Друзья, это был обзор трёхкомнатной квартиры": the flat the video is about, though an ending's
                // word ("обзор") leans too, is its subject
                if (verdict.isEmpty() && (InventionPieces.namesOnlyTheSubject(piece, words, language)
                        || InventionPieces.wrapsUp(piece, words))) {
                    subject = true;
                    continue;
                }
                if (verdict.isEmpty() && InventionPieces.leans(piece, words, language)) {
                    leaning++;
                    // a condition on the video ("If this video helped you"), or an ending's idea said in a phrase ("I
                    // couldn't have done it without you"), not a word that strays into a saying ("…without commenting")
                    strongLean |= LongSentenceClauses.opensACondition(words)
                            && words.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.VIDEO))
                            || !EndingPhrases.in(words).isEmpty();
                    continue;
                }
                if (verdict.isEmpty()) {
                    return Optional.empty(); // the caller's own sentence: a call
                }
                invented++;
                boolean ending = VideoOutroRule.CODE.equals(verdict.get().reasonCode());
                anEnding |= ending;
                mediumNamed |= ending && words.stream().anyMatch(w -> EndingWords.carriesAny(w, MEDIA));
                if (words.size() > longestWords) {
                    longest = verdict.get();
                    longestWords = words.size();
                }
            }
        }
        // "So that was the penthouse in Ramat Aviv. Drop a comment…": the flat it was about, then its ending; "This
        // video is sponsored by Squarespace. The first two hundred people…": an ending that names its medium, and a
        // piece leaning to it; "If this video helped you at all, | give it a thumbs up and share it…": one sentence
        // too long for a short rule, an ending judged and a condition on the video, or a phrase of an ending's, that
        // leans to it
        int pieces = invented + (subject ? 1 : 0)
                + (invented == 1 && leaning == 1 && strongLean && oneSentence(text) ? 1 : 0)
                + (invented == 1 && mediumNamed ? 1 : 0);
        return anEnding && pieces >= MIN_INVENTED_PIECES && invented >= leaning ? Optional.of(longest)
                : Optional.empty();
    }

    /** Whether the text is one sentence (its captions aside): no sentence's end with another sentence after it. */
    private static boolean oneSentence(String text) {
        return !ANOTHER_SENTENCE.matcher(text).find() && !CAPTIONS.matcher(text).find();
    }

    /**
     * Whether the caller's words are said ({@link CallerWords}): the flat, a price, a call back. A chapter's title
     * ("01:30 the kitchen"), the next episode's subject and an advertisement's order to call are not his.
     */
    private static boolean callersWordsIn(TranscriptFeatures t) {
        if (!CallerWords.anyIn(t.words())) {
            return false; // most inventions stop here
        }
        String text = t.transcript().text();
        String withoutChapters = VideoCardsRule.withoutChapters(text);
        // "…compártelo con alguien que esté buscando casa": the people to share it with, whose home is no caller's
        List<String> words = outsideTheNextSubject(withoutChapters == text
                ? AudiencesPurpose.before(AudiencesPurpose.beforeWhomToShareWith(t))
                : TranscriptFeatures.wordsOf(withoutChapters));
        // an estate agents' channel names the flat and its tour too, and tells its audience to like or subscribe, or
        // welcomes it to the channel: its pieces are read, and the flat's alone is no caller's ("So that's the tour of
        // this three bedroom.", "Today I'm going to be talking about buying your first home")
        // a programme's name ("برنامج بيتك") is no caller's flat, but one who asks or saw is a caller whatever he names
        return CallerWords.anyIn(words) && (CallerWords.asksOrSawIn(words)
                || words.stream().noneMatch(w -> EndingWords.carries(w, EndingWords.Idea.ENGAGE)) && !welcomed(words)
                        && CallerWords.anyIn(ProgrammeNames.outside(t)));
    }

    /**
     * A welcome to a channel: a welcome's word and a video's ("welcome back to my channel", "добро пожаловать на
     * канал").
     */
    private static boolean welcomed(List<String> words) {
        return words.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.WELCOME))
                && words.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.VIDEO));
    }

    /**
     * The words but those of the next episode's subject, asked or told ("شو بدكم نحكي بالحلقة الجاية": "نحكي", let's
     * talk, is a caller's alone), and but an advertisement's order to call a number ("call 1-800-555-0199": "call" is
     * a caller's alone, {@link AdvertisingRule#ordersToCall}); the words as they are when neither is said. A subject
     * that names the flat or a price keeps those words, a caller's.
     */
    private static List<String> outsideTheNextSubject(List<String> words) {
        BitSet skipped = AdvertisingRule.ordersToCall(words);
        skipped.or(InventionPieces.subjectIn(words));
        return PhraseIndex.outside(words, skipped);
    }

    private Optional<GibberishVerdict> judged(String piece, String language) {
        TranscriptFeatures features = TranscriptFeatures.of(new Transcript(language, piece, List.of(), "", null));
        for (GibberishRule rule : pieceRules) {
            Optional<GibberishVerdict> verdict = rule.check(features);
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence too long for a short rule with no comma to cut it at ("thanks for watching guys dont forget to like
     * and subscribe and ill see you in the next one bye"), cut from its start into pieces: at each, the shortest a
     * short rule judges an invention, or else the longest set aside (a "bye", a "תודה רבה"). The sentence whole when
     * someone's own words stop the cut (a call's, at its first words: a look of the rules at each length) or it is
     * longer than {@value #MAX_UNPUNCTUATED_WORDS} words.
     */
    private List<String> cutUnpunctuated(String sentence, List<String> sentenceWords, String language) {
        String[] tokens = sentence.strip().split("\\s+");
        if (tokens.length > MAX_UNPUNCTUATED_WORDS || !EndingWords.anyIn(sentenceWords)) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        int judgedPieces = 0;
        for (int start = 0; start < tokens.length; ) {
            int last = Math.min(tokens.length, start + MAX_PIECE_WORDS);
            int judgedEnd = -1;
            int setAsideEnd = -1;
            for (int end = start + 1; end <= last && judgedEnd < 0; end++) {
                int piece = start == 0 && end == tokens.length ? -1
                        : pieceOfAnInvention(join(tokens, start, end), language);
                judgedEnd = piece > 0 && !partsAWordFromWhatFollows(tokens, end) ? end : -1;
                setAsideEnd = piece == 0 ? end : setAsideEnd;
            }
            int end = judgedEnd >= 0 ? judgedEnd : setAsideEnd;
            if (end < 0) {
                return List.of(sentence);
            }
            judgedPieces += judgedEnd >= 0 ? 1 : 0;
            pieces.add(join(tokens, start, end));
            start = end;
        }
        return judgedPieces >= MIN_INVENTED_PIECES ? pieces : List.of(sentence);
    }

    /**
     * 1 when a short rule judges the piece an invention, 0 when it is set aside as the pieces of a punctuated one are
     * (filling words, a name, a sign-off: "bye", "תודה רבה"), -1 when it is someone's own words.
     */
    private int pieceOfAnInvention(String piece, String language) {
        List<String> words = TranscriptFeatures.wordsOf(piece);
        if (words.isEmpty()) {
            return -1;
        }
        if (judged(piece, language).isPresent()) {
            return 1;
        }
        return InventionPieces.setAside(piece, words) || InventionPieces.signsOff(words) ? 0 : -1;
    }

    /**
     * Whether a cut before token {@code end} parts a word from the words after it that say what it means: "…I wanted
     * to follow | up on the offer" is a follow-up, not the audience's following ({@link NoIdeaHere}), though the piece
     * before the cut reads as one.
     */
    private static boolean partsAWordFromWhatFollows(String[] tokens, int end) {
        if (end >= tokens.length) {
            return false;
        }
        int last = TranscriptFeatures.wordsOf(tokens[end - 1]).size() - 1;
        List<String> read = TranscriptFeatures.wordsOf(join(tokens, end - 1, Math.min(tokens.length, end + 2)));
        return last >= 0 && last < read.size() && NoIdeaHere.at(read, last);
    }

    private static String join(String[] tokens, int from, int to) {
        return String.join(" ", Arrays.asList(tokens).subList(from, to));
    }
}
