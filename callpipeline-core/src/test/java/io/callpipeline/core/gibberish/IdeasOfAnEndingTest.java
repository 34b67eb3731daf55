package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the ideas found in a short transcript are weighed, apart from how the transcript's words were read. */
class IdeasOfAnEndingTest {

    private static Map<Idea, Set<String>> found(Idea... ideas) {
        Map<Idea, Set<String>> found = new EnumMap<>(Idea.class);
        for (Idea idea : ideas) {
            found.put(idea, Set.of(idea.name().toLowerCase()));
        }
        return found;
    }

    @Test
    void aStrongPairEndsAtTheShareAnyEndingNeedsAndNotBelowIt() {
        Map<Idea, Set<String>> thanksForWatching = found(Idea.THANKS, Idea.WATCH);
        assertThat(IdeasOfAnEnding.end(thanksForWatching, 0.2, false, false, false)).isTrue();
        assertThat(IdeasOfAnEnding.end(thanksForWatching, 0.19, false, false, false)).isFalse();
    }

    @Test
    void oneIdeaAloneIsACallersWhateverItsShare() {
        assertThat(IdeasOfAnEnding.end(found(Idea.THANKS), 1.0, false, false, false)).isFalse();
        assertThat(IdeasOfAnEnding.end(found(Idea.NEXT), 1.0, false, false, false)).isFalse();
    }

    @Test
    void aWeakPairNeedsMoreOfTheWordsOrAThirdIdea() {
        Map<Idea, Set<String>> guysSubscribe = found(Idea.AUDIENCE, Idea.ENGAGE);
        assertThat(IdeasOfAnEnding.end(guysSubscribe, 0.25, false, false, false)).isFalse();
        assertThat(IdeasOfAnEnding.end(guysSubscribe, 0.34, false, false, false)).isTrue();
        Map<Idea, Set<String>> withAThird = found(Idea.AUDIENCE, Idea.ENGAGE, Idea.THANKS, Idea.NEXT);
        assertThat(IdeasOfAnEnding.end(withAThird, 0.25, false, false, false)).isTrue();
    }

    @Test
    void aGreetingWithAWelcomeOpensOnlyWhereNoSpeakerSaysIt() {
        Map<Idea, Set<String>> welcome = found(Idea.AUDIENCE, Idea.WELCOME);
        assertThat(IdeasOfAnEnding.end(welcome, 0.5, false, false, false)).isTrue();
        assertThat(IdeasOfAnEnding.end(welcome, 0.5, false, true, false)).isFalse();
    }

    @Test
    void aSignOffIsAGoodbyeTillTheNextOneSaidTwiceOrToTheAudience() {
        assertThat(IdeasOfAnEnding.signOff(found(Idea.NEXT), 0.5, 2)).isTrue();
        assertThat(IdeasOfAnEnding.signOff(found(Idea.NEXT), 0.5, 1)).isFalse();
        assertThat(IdeasOfAnEnding.signOff(found(Idea.NEXT, Idea.AUDIENCE), 0.5, 1)).isTrue();
        assertThat(IdeasOfAnEnding.signOff(found(Idea.NEXT), 0.3, 2)).as("among many other words").isFalse();
    }
}
