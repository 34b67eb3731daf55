package io.callpipeline.crm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reply's status moves only forward, and a final one never moves. */
class ReplyStatusTest {

    @Test
    void twiliosStatusesFollowEachOtherInTheirOrderOnly() {
        assertThat(ReplyStatus.QUEUED.follows(ReplyStatus.PENDING)).isTrue();
        assertThat(ReplyStatus.DELIVERED.follows(ReplyStatus.UNCONFIRMED)).as("a lost answer settled").isTrue();
        assertThat(ReplyStatus.SENT.follows(ReplyStatus.QUEUED)).isTrue();
        assertThat(ReplyStatus.DELIVERED.follows(ReplyStatus.SENT)).isTrue();
        assertThat(ReplyStatus.READ.follows(ReplyStatus.DELIVERED)).isTrue();
        assertThat(ReplyStatus.SENT.follows(ReplyStatus.DELIVERED)).as("late").isFalse();
        assertThat(ReplyStatus.SENT.follows(ReplyStatus.SENT)).as("again").isFalse();
        assertThat(ReplyStatus.UNDELIVERED.follows(ReplyStatus.SENT)).isTrue();
        assertThat(ReplyStatus.DELIVERED.follows(ReplyStatus.FAILED)).as("final").isFalse();
        assertThat(ReplyStatus.QUEUED.follows(ReplyStatus.REFUSED)).as("final").isFalse();
    }

    @Test
    void twiliosNamesAreReadAndUnknownOnesAreNot() {
        assertThat(ReplyStatus.ofTwilio("delivered")).contains(ReplyStatus.DELIVERED);
        assertThat(ReplyStatus.ofTwilio(" READ ")).contains(ReplyStatus.READ);
        assertThat(ReplyStatus.ofTwilio("canceled")).contains(ReplyStatus.FAILED);
        assertThat(ReplyStatus.ofTwilio("receiving")).isEmpty();
        assertThat(ReplyStatus.ofTwilio(null)).isEmpty();
    }
}
