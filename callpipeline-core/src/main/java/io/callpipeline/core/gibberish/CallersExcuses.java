package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What excuses a short transcript that {@link VideoOutroRule} found made of an ending's words: a caller's goodbye
 * shares its words with a video's, but asks a question, names a day to meet, or says what the call is about. Kept
 * apart from the rule's weighing of the ideas, since the excuse has its own exceptions: an estate agents' channel
 * names the flat too, so the topic's words excuse no ending that orders its audience as only a video's is ordered.
 */
final class CallersExcuses {

    private CallersExcuses() {
    }

    /** How many of a video's orders (like, subscribe, the bell) listed together only a video gives. */
    private static final int LISTED_ORDERS = 3;

    /**
     * Whether the ending tells its audience what only a video's audience does: like, subscribe or comment ("ставьте
     * лайк", "don't forget to subscribe"); not to miss the next video, stay tuned for it or see it there; or it thanks
     * the audience for watching this video or episode ({@link ThisVideo}), or for watching what it says is over ("the
     * end of the tour", a wrap-up), or for watching and says goodbye till the next one, or says goodbye after the
     * episode that was, or after saying the tour is over ("That wraps up this tour of the penthouse, see you in the
     * next one"). A caller who asks for himself ("subscribe me") does not, but "me"
     * beside the audience's opinion asked is the presenter's ("What do you think of the flat? Let me know in the
     * comments"). A caller who names the flat, its tour or its mortgage says so too, but to an agent, about what he saw
     * or wants ({@link CallerWords#asksOrSawIn}); an estate agents' channel says the same words to its audience ("If
     * you enjoyed this apartment tour, smash that like button").
     */
    static boolean ordersTheAudience(EndingScan scan, List<String> words, boolean filmEnds) {
        boolean remind = scan.found.containsKey(Idea.REMIND);
        // "that's it for this week's tour, catch you in the next one": the week the wrap-up is for is no caller's
        boolean aWeek = MeetingDays.weekIn(PhraseIndex.outside(words, scan.wrap));
        // "Abonnez-moi à votre newsletter pour les nouveaux appartements" asks for the speaker; "what do you think?
        // Write me in the comments" asks the audience's opinion, to the presenter
        // "Drop a comment and tell me which neighbourhood you want me to cover next": the audience told to choose the
        // next one in the comments speaks to the presenter, as its opinion does
        boolean choosesTheNext = scan.found.containsKey(Idea.ENGAGE) && scan.found.containsKey(Idea.TELL)
                && scan.found.containsKey(Idea.NEXT);
        // "Leave a comment below and tell me which apartment you liked the most": what the audience enjoyed, asked
        boolean asksWhatTheyEnjoyed = enjoyedByTheAudience(words, scan.found.getOrDefault(Idea.ENJOY, Set.of()));
        return !(CallersOwnWords.asksForHimself(words) && !scan.found.containsKey(Idea.OPINION) && !choosesTheNext
                && !asksWhatTheyEnjoyed)
                && (scan.found.containsKey(Idea.ENGAGE) && (scan.found.containsKey(Idea.TELL) || remind)
                        // "If you made it to the end of this video, comment the word house below": this video's
                        // audience, watching it, told to engage
                        || scan.thisVideo && scan.found.containsKey(Idea.WATCH)
                                && scan.found.containsKey(Idea.ENGAGE)
                        // "Comment below which neighbourhood was your favourite": the order first, the opinion asked
                        || scan.found.containsKey(Idea.OPINION) && !words.isEmpty()
                                && EndingWords.carries(words.get(0), Idea.ENGAGE)
                        // "לייק, הרשמה ופעמון": a like, a subscription and a bell, listed, are only a video's
                        || scan.found.getOrDefault(Idea.ENGAGE, Set.of()).size() >= LISTED_ORDERS
                        // "the next episode, about mortgages: don't miss it", "see you in the next video", not "the
                        // contract's next chapter, look"
                        || scan.nextVideo && (remind || !scan.wrap.isEmpty() || scan.seeYou)
                        // "Спасибо всем зрителям, до встречи в новом обзоре": the viewers thanked, and a goodbye
                        || scan.goodbyes > 0 && thankedTheViewers(scan.found)
                        // "וזהו להיום, מקווה שנהניתם מהסיור": a wrap-up and a hope that the audience enjoyed it
                        || !scan.wrap.isEmpty() && scan.found.containsKey(Idea.HOPE)
                                && scan.found.containsKey(Idea.ENJOY)
                        // "That was the vlog from our new neighbourhood, bye bye"
                        || filmEnds && scan.goodbyes > 0
                        // "Thanks for watching this apartment tour, see you in the next one", not "…next week"
                        || scan.found.containsKey(Idea.THANKS) && scan.found.containsKey(Idea.WATCH)
                                && (scan.goodbyes >= 2 && !aWeek
                                        // "Gracias por escuchar este episodio de nuestro podcast sobre bienes raíces"
                                        || scan.thisVideo
                                        // "So that's the end of the tour, thank you for watching": what was watched,
                                        // said to be over
                                        || scan.found.containsKey(Idea.END) || !scan.wrap.isEmpty())
                        // "That wraps up our walkthrough of the two-bedroom, catch you in the next one"
                        || (scan.found.containsKey(Idea.END) || !scan.wrap.isEmpty()) && scan.seeYou
                                && scan.goodbyes >= 2 && !aWeek);
    }

    /**
     * A caller's goodbye shares its words with a video's ("thanks for the viewing, see you"), but it
     * asks a question (not the audience's opinion, {@link CallersOwnWords#asksACallersQuestion}), names a day to
     * meet ({@link MeetingDays}), or says what the call is about or asks for, or the flat's door
     * ({@link CallerWords}); a video's end speaks to an audience and does none of these. A subtitling community's
     * name ("Amara.org") is not excused: no caller says it. Beside the {@code nextVideo}, a day and an hour are the
     * series' schedule ("New videos every Tuesday", "הפרק הבא יעלה ביום ראשון", "נתראה בשידור החי הבא ביום ראשון
     * בשמונה"), and where {@code aboutTheVideo} (a teaser tells what this video or the next will be about, "In the next
     * episode we'll talk about mortgages", or an ending orders its audience as only a video's is ordered, {@link
     * #ordersTheAudience}) its words may be a caller's, so only a question, or a day or an hour not beside the next
     * one, excuses it.
     */
    static boolean arrangesOrDiscusses(TranscriptFeatures t, List<String> words,
            List<String> beforeThePurpose, boolean nextVideo, boolean aboutTheVideo) {
        return CallersOwnWords.asksACallersQuestion(t.transcript().text())
                || (MeetingDays.anyIn(notACrewsRole(t, words)) || MeetingDays.hourIn(withoutEpisodesOrdinals(words)))
                        && !nextVideo
                // "Guarda este video para verlo más tarde": the audience's purpose is no caller's viewing
                // "كانت هذه حلقة اليوم من برنامج بيتك": a programme's name is a title, whose flat is nobody's
                || !aboutTheVideo && (CallerWords.anyIn(beforeThePurpose)
                        && CallerWords.anyIn(ProgrammeNames.outside(t)) || CallerWords.doorIn(words));
    }

    /**
     * The words but a credit's roles when the text labels a name as a credit does ("Montage : Hugo Bernard"): French
     * "Montage" (editing) is German's Mondays, and a credit names no day to meet. A sentence that only holds a role's
     * word ("Todo montaje se desmonta tarde o temprano") keeps it. A word of liking, subscribing or the description is
     * no day either: Hebrew's "שבתיאור" (that is in the description) opens as the sabbath; nor is an ordinal beside an
     * episode, a season or a part ("העונה השנייה", "segunda temporada": Monday's names, and "segunda" a second).
     */
    private static List<String> notACrewsRole(TranscriptFeatures t, List<String> words) {
        boolean credit = CreditLines.labelsAName(t.transcript().text());
        return withoutEpisodesOrdinals(words).stream().filter(w -> !(credit && EndingWords.carries(w, Idea.CREDIT))
                && !EndingWords.carries(w, Idea.ENGAGE)).toList();
    }

    /** The words but an ordinal beside an episode, a season or a part ("העונה השנייה", "segunda temporada"). */
    private static List<String> withoutEpisodesOrdinals(List<String> words) {
        List<String> kept = null; // most transcripts name no episode: the words as they are
        for (int i = 0; i < words.size(); i++) {
            boolean ordinal = i > 0 && episode(words.get(i - 1)) || i + 1 < words.size() && episode(words.get(i + 1));
            if (ordinal && NumberWords.value(words.get(i)).isPresent()
                    || (ordinal || episodesDay(words, i)) && isDay(words.get(i))) {
                kept = kept != null ? kept : new ArrayList<>(words.subList(0, i));
            } else if (kept != null) {
                kept.add(words.get(i));
            }
        }
        return kept != null ? kept : words;
    }

    /**
     * Whether the audience is thanked as its viewers ("Thank you to all our viewers", "شكرا لكل المتابعين"): a word
     * both its watching and its audience, not a viewing's thanks ("תודה על הצפייה בדירה", a caller's).
     */
    private static boolean thankedTheViewers(Map<Idea, Set<String>> found) {
        Set<String> watching = found.getOrDefault(Idea.WATCH, Set.of());
        return found.containsKey(Idea.THANKS) && found.getOrDefault(Idea.AUDIENCE, Set.of()).stream()
                .anyMatch(watching::contains);
    }

    /** Whether an enjoying word is said of the audience ("which apartment you liked", not "I enjoyed the tour"). */
    private static boolean enjoyedByTheAudience(List<String> words, Set<String> enjoying) {
        for (int i = 1; i < words.size() && !enjoying.isEmpty(); i++) {
            if (enjoying.contains(words.get(i)) && CallersOwnWords.addressesTheAudience(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The words that make a day an episode's ("la vidéo de mardi", "выпуск в четверг", "הפרק של יום שלישי"). */
    private static final Set<String> OF_THE_DAY = Set.of("of", "de", "du", "del", "di", "do", "da", "vom", "в", "во",
            "של", "יום", "ביום", "يوم");

    /**
     * Whether the day at {@code i} is the episode's before it, one or two of {@link #OF_THE_DAY}'s words between
     * ("el episodio del martes", "فيديو يوم الثلاثاء"): the series' schedule, as "Thursday's episode" is.
     */
    private static boolean episodesDay(List<String> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (!OF_THE_DAY.contains(words.get(k))) {
                return k < i - 1 && episode(words.get(k)); // most words: the one before is no "of", read no further
            }
        }
        return false;
    }

    /** Whether the word names a day, as an ordinal may ("השנייה", "segunda"). */
    private static boolean isDay(String word) {
        return MeetingDays.anyIn(List.of(word));
    }

    /** Whether the word names a video, an episode, a season or a part ({@link Idea#EPISODE}, {@link Idea#FILM}). */
    private static boolean episode(String word) {
        return EndingWords.carries(word, Idea.EPISODE) || EndingWords.carries(word, Idea.FILM)
                || EndingWords.carries(word, Idea.VIDEO);
    }
}
