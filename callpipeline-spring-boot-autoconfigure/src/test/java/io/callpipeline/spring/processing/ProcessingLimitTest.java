package io.callpipeline.spring.processing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.spring.testing.StubbedProviders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * The limit as the providers drive it: it grows while calls end cleanly, shrinks when OpenAI
 * answers 429 even if openai-java's own retry then succeeds, holds no more calls at once than it
 * allows, and in fixed mode never moves.
 */
class ProcessingLimitTest {

    @RegisterExtension
    static WireMockExtension openai = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final CallRecord RECORD = CallRecord.received(TwilioRecordingCallback.parse(Map.of(
            "AccountSid", StubbedProviders.ACCOUNT_SID, "CallSid", "CA" + "1".repeat(32),
            "RecordingSid", "RE" + "1".repeat(32), "RecordingStatus", "completed")));

    private static Optional<ProcessingOutcome> completed() {
        return Optional.of(new ProcessingOutcome.Completed(RECORD));
    }

    /** As many calls as the limit allows, all in flight together, ending as {@code outcome}. */
    private static void fillTheLimit(ProcessingLimit limit, Optional<ProcessingOutcome> outcome) throws Exception {
        int n = limit.current();
        CountDownLatch together = new CountDownLatch(n);
        ExecutorService threads = Executors.newFixedThreadPool(n);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(threads.submit(() -> limit.run(() -> {
                together.countDown();
                await(together);
                return outcome;
            })));
        }
        for (Future<?> run : runs) {
            run.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }

    @Test
    void aCallHungPastStallAfterGivesItsPermitToTheCallsBehindItAndIsReleasedOnce() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(1, 1, 4).stallAfter(Duration.ofMillis(200));
        CountDownLatch hungStarted = new CountDownLatch(1);
        CountDownLatch provider = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<?> hung = threads.submit(() -> limit.run(() -> {
            hungStarted.countDown();
            await(provider); // a transcription that hangs until the client's timeout
            return completed();
        }));
        assertThat(hungStarted.await(5, TimeUnit.SECONDS)).isTrue();

        long before = System.nanoTime();
        threads.submit(() -> limit.run(ProcessingLimitTest::completed)).get(5, TimeUnit.SECONDS);
        long waitedMillis = (System.nanoTime() - before) / 1_000_000;

        assertThat(waitedMillis).as("the next call waited for the stall, not for the hung call").isLessThan(3_000);
        assertThat(limit.stalled()).isEqualTo(1);
        provider.countDown();
        hung.get(5, TimeUnit.SECONDS);
        assertThat(limit.inFlight()).as("the hung call's end does not give its permit back twice").isZero();
        threads.shutdown();
    }

    @Test
    void whoeverSeesTheCallBehindAStallRunAlsoSeesTheStallCounted() throws Exception {
        ProcessingLimit limit = ProcessingLimit.fixed(1).stallAfter(Duration.ofMillis(5)); // fixed: a grown limit would let the next call in without the stall
        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (int round = 1; round <= 200; round++) {
            CountDownLatch provider = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            Future<?> hung = threads.submit(() -> limit.run(() -> {
                started.countDown();
                await(provider);
                return completed();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            threads.submit(() -> limit.run(ProcessingLimitTest::completed)).get(5, TimeUnit.SECONDS);

            assertThat(limit.stalled()).as("round %d", round).isEqualTo(round);
            provider.countDown();
            hung.get(5, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }

    @Test
    void cleanCallsGrowTheLimitAndRateLimitedOnesShrinkItWithinItsBounds() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 4, 6);

        limit.run(ProcessingLimitTest::completed);
        assertThat(limit.current()).as("one call alone does not use the limit, so it does not grow").isEqualTo(4);
        for (int i = 0; i < 5; i++) {
            fillTheLimit(limit, completed());
        }
        int grown = limit.current();
        limit.run(() -> Optional.of(new ProcessingOutcome.Failed(RECORD, new ProcessingFailure(
                ReasonCode.OPENAI_RATE_LIMITED, "429", true, Duration.ofSeconds(2)))));
        int shrunk = limit.current();
        for (int i = 0; i < 40; i++) {
            limit.run(() -> Optional.of(new ProcessingOutcome.Failed(RECORD, new ProcessingFailure(
                    ReasonCode.TWILIO_UNAVAILABLE, "503", true, Duration.ofSeconds(1)))));
        }

        assertThat(grown).as("grows while inflight is at least half the limit, up to max").isEqualTo(6);
        assertThat(shrunk).as("6 × 0.75").isEqualTo(4);
        assertThat(limit.current()).as("never below min").isEqualTo(2);
        assertThat(limit.pushbacks()).isEqualTo(41);
        assertThat(limit.max()).isEqualTo(6);
    }

    @Test
    void oneOverloadMetByManyCallsInFlightShrinksTheLimitOnceAndGrowsItNot() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 8, 64);
        Optional<ProcessingOutcome> rateLimited = Optional.of(new ProcessingOutcome.Failed(RECORD,
                new ProcessingFailure(ReasonCode.OPENAI_RATE_LIMITED, "429", true, Duration.ofSeconds(2))));

        fillTheLimit(limit, rateLimited);

        assertThat(limit.current()).as("8 calls met one burst of 429s: 8 × 0.75 once, not 0.75⁸").isEqualTo(6);
        assertThat(limit.pushbacks()).isEqualTo(8);
    }

    @Test
    void aFailureThatIsNotPushbackLeavesTheLimitAlone() {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 4, 64);

        limit.run(() -> Optional.of(new ProcessingOutcome.Failed(RECORD, new ProcessingFailure(ReasonCode.AUDIO_UNREADABLE,
                "not audio"))));

        assertThat(limit.current()).isEqualTo(4);
        assertThat(limit.pushbacks()).isZero();
    }

    @Test
    void runsThatAnotherRunTookOverDoNotGrowTheLimit() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 4, 64);

        for (int i = 0; i < 5; i++) {
            fillTheLimit(limit, Optional.of(new ProcessingOutcome.Superseded(RECORD)));
        }

        assertThat(limit.current()).as("a superseded run says nothing of the providers' room").isEqualTo(4);
        assertThat(limit.pushbacks()).isZero();
    }

    @Test
    void whileCallbacksQueueCallsNotYetStartedKeepToTheFloorThenCatchUp() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 8, 64);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(6);

        limit.yieldToCallbacks();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(threads.submit(() -> limit.run(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                await(release);
                running.decrementAndGet();
                return completed();
            })));
        }
        sleep(1_000);
        int duringTheBurst = mostAtOnce.get();
        boolean yieldingThen = limit.yielding();
        sleep(ProcessingLimit.YIELD.toMillis() + 500);
        int afterIt = running.get();
        release.countDown();
        for (Future<?> run : runs) {
            run.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(yieldingThen).isTrue();
        assertThat(duringTheBurst).as("min-concurrency while callbacks queue").isEqualTo(2);
        assertThat(afterIt).as("the others start once the burst has passed").isEqualTo(6);
        assertThat(limit.yielding()).isFalse();
    }

    @Test
    void whileYieldingACallHeldBackStartsAsSoonAsARunningOneEnds() throws Exception {
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 8, 64);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch thirdStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        limit.yieldToCallbacks();
        List<Future<?>> runs = new ArrayList<>();
        for (CountDownLatch hold : List.of(first, second)) {
            runs.add(threads.submit(() -> limit.run(() -> {
                bothRunning.countDown();
                await(hold);
                return completed();
            })));
        }
        assertThat(bothRunning.await(5, TimeUnit.SECONDS)).isTrue();
        runs.add(threads.submit(() -> limit.run(() -> {
            thirdStarted.countDown();
            return completed();
        })));
        sleep(200);
        boolean startedAtTheFloor = thirdStarted.getCount() == 0;

        limit.yieldToCallbacks(); // two more seconds of yield from here
        first.countDown();
        boolean startedOnTheEnd = thirdStarted.await(1_500, TimeUnit.MILLISECONDS);
        boolean stillYielding = limit.yielding();
        second.countDown();
        for (Future<?> run : runs) {
            run.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(startedAtTheFloor).as("two at the floor: the third waits").isFalse();
        assertThat(startedOnTheEnd).as("woken by the first call's end, not by the yield's").isTrue();
        assertThat(stillYielding).isTrue();
    }

    @Test
    void aFixedLimitDoesNotYield() {
        ProcessingLimit limit = ProcessingLimit.fixed(4);

        limit.yieldToCallbacks();

        assertThat(limit.yielding()).isFalse();
    }

    @Test
    void noMoreCallsRunAtOnceThanTheLimitAllows() throws Exception {
        ProcessingLimit limit = ProcessingLimit.fixed(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(3);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            runs.add(threads.submit(() -> limit.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                started.countDown();
                sleep(50);
                running.decrementAndGet();
                return completed();
            })));
        }
        for (Future<?> run : runs) {
            run.get(10, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(most.get()).isEqualTo(3);
        assertThat(limit.current()).as("fixed").isEqualTo(3);
        assertThat(limit.isAdaptive()).isFalse();
    }

    @Test
    void a429HiddenByOpenAiJavasOwnRetryStillShrinksTheLimit() {
        openai.stubFor(post("/v1/chat/completions").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                                + "\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("free"));
        openai.stubFor(post("/v1/chat/completions").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(StubbedProviders.chatCompletion())));
        OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("sk-test").baseUrl(openai.baseUrl() + "/v1")
                .maxRetries(2).addInterceptor(new ProviderPushback()).build();
        ProcessingLimit limit = ProcessingLimit.adaptive(2, 10, 64);

        limit.run(() -> {
            client.chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                    .addUserMessage("שלום").build());
            return completed();
        });

        assertThat(limit.current()).as("10 × 0.75").isEqualTo(7);
        assertThat(limit.pushbacks()).isOne();
    }

    @Test
    void boundsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> ProcessingLimit.adaptive(4, 2, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessingLimit.fixed(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
