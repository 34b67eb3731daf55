package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.Map;
import java.util.Set;

/**
 * Which ideas, found together in a short transcript, end or open a video or sign a series off ({@link VideoOutroRule}
 * weighs the transcript, this the ideas): a strong pair ("thanks for watching", a video and a like) at the share of the
 * words any ending needs, a weaker pair ("Hey guys, … subscribe") at more or beside a third idea, a goodbye till the
 * next one said twice over. One idea alone is a caller's ("thanks", "see you next week"), and so is a pair said among
 * many words of his own, which the share counts.
 */
final class IdeasOfAnEnding {

    /** At least this share of the words must carry an idea: the rest of a call is other words. */
    static final double MIN_SHARE = 0.2;

    /** Pairs weaker on their own (thanks for a video, two of like/share/subscribe) need more. */
    private static final double MIN_SHARE_WEAK = 0.33;

    private IdeasOfAnEnding() {
    }

    /**
     * Whether the ideas found end or open a video; {@code nextVideo} when a video is said to be the next or a new one
     * ("a new episode every week", "حلقة جديدة") or a film to end ("Конец фильма"); {@code speaker} when "I" or "we"
     * speaks, who greets his audience only beside a video ("Hey guys, welcome back to my channel").
     */
    static boolean end(Map<Idea, Set<String>> found, double share, boolean nextVideo, boolean speaker,
            boolean crewThanked) {
        if (share < MIN_SHARE) {
            return false;
        }
        boolean video = found.containsKey(Idea.VIDEO);
        if (nextVideo || video && found.containsKey(Idea.END) || Broadcasts.endOne(found, speaker)) {
            return true; // "the end of the episode", "Конец фильма"
        }
        boolean engage = found.containsKey(Idea.ENGAGE);
        boolean audience = found.containsKey(Idea.AUDIENCE);
        if (found.containsKey(Idea.THANKS) && found.containsKey(Idea.WATCH)
                || video && (found.containsKey(Idea.NEXT) || engage || found.containsKey(Idea.WELCOME))
                || engage && (found.containsKey(Idea.REMIND) || found.containsKey(Idea.TELL)
                        || found.containsKey(Idea.OPINION)) // "Comenten qué les pareció"
                // "Напишите, что вы думаете об этом видео"
                || video && found.containsKey(Idea.TELL) && found.containsKey(Idea.OPINION)
                // "Don't forget to follow so you don't miss videos"
                || video && found.containsKey(Idea.REMIND) && found.containsKey(Idea.TELL)
                // "Hello guys, we are downstairs" is a caller's
                || audience && found.containsKey(Idea.WELCOME) && !speaker
                || found.containsKey(Idea.HOPE) && found.containsKey(Idea.ENJOY) // "I hope you enjoyed it"
                || crewThanked) { // "Thanks to our production team, our camera crew and our editors"
            return true;
        }
        // "If this helped you at all, a like would mean the world, see you next time": three of an ending's ideas are
        // an ending at the share one strong pair needs
        if (share < MIN_SHARE_WEAK && ideasOfAnEnding(found) < CORROBORATED) {
            return false;
        }
        // "everybody likes…": an audience may be what a sentence is about, not whom it speaks to; "watch the
        // continuation" ("Смотрите продолжение", "Regardez la suite") is the next episode's call
        return video && (found.containsKey(Idea.THANKS) || found.containsKey(Idea.WATCH))
                || found.containsKey(Idea.WATCH) && found.containsKey(Idea.FOLLOWING)
                || audience && (engage || video || found.containsKey(Idea.WATCH) || found.containsKey(Idea.THANKS))
                || found.getOrDefault(Idea.ENGAGE, Set.of()).size() >= 2
                || engage && found.containsKey(Idea.NEXT) // "See you in the comments"
                || engage && found.containsKey(Idea.ENJOY) // "If you liked it, you know what to do"
                || engage && found.containsKey(Idea.WATCH) // "Comment which city you're watching from"
                || video && found.containsKey(Idea.REMIND); // "Напоминаю, что у нас есть телеграм-канал"
    }

    /** How many of an ending's ideas make its weaker pairs stand at the share a strong pair needs. */
    private static final int CORROBORATED = 3;

    /**
     * How many different ideas were found, not counting those that ride on another's word: the next one's following
     * (it comes with "next"), the order to tell (it comes with "follow") and the audience (a "you" any sentence says).
     */
    private static int ideasOfAnEnding(Map<Idea, Set<String>> found) {
        int ideas = 0;
        for (Idea idea : found.keySet()) {
            ideas += idea == Idea.FOLLOWING || idea == Idea.TELL || idea == Idea.AUDIENCE ? 0 : 1;
        }
        return ideas;
    }

    /**
     * Whether a short transcript is a series' sign-off: a goodbye till the next one said twice over
     * ("see you in the next one", "נתראה בפעם הבאה", {@code goodbyes} counting the words that say
     * it) or to the audience ("see you guys"), as most of what there is. A caller says so too when
     * the next time is a week away ("see you next week"), and is excused.
     */
    static boolean signOff(Map<Idea, Set<String>> found, double share, int goodbyes) {
        return share >= MIN_SHARE_WEAK
                && (goodbyes >= 2 || found.containsKey(Idea.AUDIENCE) && found.containsKey(Idea.NEXT));
    }
}
