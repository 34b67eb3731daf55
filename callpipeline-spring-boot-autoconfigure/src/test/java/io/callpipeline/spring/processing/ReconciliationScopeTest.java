package io.callpipeline.spring.processing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reconciliation takes only this app's calls: recordings of calls to its agencies' numbers, not the
 * rest of the account's (another app's line, an IVR), and on its first run nothing from before the
 * app adopted the starter, unless the host asks for more.
 */
@SpringBootTest(classes = StarterTestApplication.class, properties = {
    "callpipeline.routing.agencies.tlv.numbers=+972-3-555-1234",
    "callpipeline.reconciliation.interval=1h"})
class ReconciliationScopeTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "reconciliation-scope", 2);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @Autowired
    RecordingReconciliation reconciliation;

    @Autowired
    TranscriptStore store;

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void onlyRecordingsOfCallsToTheAppsNumbersAreQueued() throws Exception {
        String ours = sid("RE");
        String oursCall = sid("CA");
        String foreign = sid("RE");
        String foreignCall = sid("CA");
        PROVIDERS.recording(ours, oursCall, "+97235551234");
        PROVIDERS.recording(foreign, foreignCall, "+97299990000");
        PROVIDERS.recordingList(List.of(new String[] {ours, oursCall, "completed"},
                new String[] {foreign, foreignCall, "completed"}));

        reconciliation.run(null);

        StubbedProviders.awaitEnd(store, ours);
        assertThat(store.find(ours).map(CallRecord::origin)).contains(Origin.RECONCILIATION);
        assertThat(store.find(foreign)).as("another number's call is not this app's").isEmpty();
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void theFirstRunLooksBackNoFurtherThanTheAdoptionUnlessAsked() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        Instant adopted = now.minus(Duration.ofHours(3));
        List<Instant> asked = new ArrayList<>();
        RecordingReconciliation.Window window = new RecordingReconciliation.Window(Duration.ofMinutes(5),
                Duration.ofHours(24), Duration.ofHours(2));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        java.util.function.Function<java.util.function.Supplier<Optional<Instant>>, RecordingReconciliation> make =
                adoption -> new RecordingReconciliation((from, to) -> {
                    asked.add(from);
                    return List.<RecordingInfo>of();
                }, new InMemoryTranscriptStore(), () -> null, window, clock, recording -> true, adoption);

        RecordingReconciliation.Watermark mark = make.apply(() -> Optional.of(adopted)).run(null);
        make.apply(Optional::empty).run(null);
        make.apply(() -> Optional.of(now.minus(Duration.ofDays(30)))).run(null);
        make.apply(() -> Optional.of(adopted)).run(mark);

        assertThat(asked).containsExactly(adopted, now.minus(Duration.ofHours(24)), now.minus(Duration.ofHours(24)),
                now.minus(Duration.ofHours(2)));
    }
}
