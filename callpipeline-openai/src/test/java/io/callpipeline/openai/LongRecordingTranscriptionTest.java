package io.callpipeline.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.core.Fixtures.verboseTranscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.core.testing.WireMockProcess;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptionRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 3-hour, 8 kHz mono phone recording (43 MB of MP3) transcribed in a JVM capped at 256 MB of
 * heap: it must go to OpenAI in pieces under the 25 MB limit, with segment times continuous.
 * Runs in its own Surefire execution with {@code -Xmx256m} (tag {@code long-recording}); the
 * WireMock stub runs in a JVM of its own so that only our side is measured.
 */
@Tag("long-recording")
class LongRecordingTranscriptionTest {

    private static final long THREE_HOURS_OF_FRAMES = Math.round(3 * 3600 / Mp3Frames.FRAME_SECONDS);
    private static final String PATH = "/v1/audio/transcriptions";

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private WireMockProcess openai;

    @BeforeEach
    void start() throws Exception {
        openai = WireMockProcess.start(logs.resolve("wiremock.log"));
        openai.client().register(post(PATH).willReturn(okJson(verboseTranscription("קטע", 5.0))));
    }

    @AfterEach
    void stop() {
        openai.close();
    }

    @Test
    void threeHourRecordingIsTranscribedInPartsUnder256MbOfHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx256m")
                .isLessThanOrEqualTo(256L * 1024 * 1024);
        Path mp3 = Mp3Frames.write(dir.resolve("RE-long.mp3"), THREE_HOURS_OF_FRAMES);
        AudioFile audio = new AudioFile(mp3, "audio/mpeg", Files.size(mp3));
        OpenAiTranscriber transcriber = OpenAiTranscriber.builder().client(OpenAiStubs.client(openai.baseUrl())).build();
        resetPeaks();
        LiveHeapMonitor live = LiveHeapMonitor.start();

        Transcript transcript = transcriber.transcribe(new TranscriptionRequest(audio, "he"));

        long peak = peakHeapBytes();
        long liveAfterGc = live.stop();
        long framesInFirstPart = OpenAiTranscriber.DEFAULT_MAX_UPLOAD_BYTES / Mp3Frames.FRAME_BYTES;
        assertThat(audio.sizeBytes()).isEqualTo(THREE_HOURS_OF_FRAMES * Mp3Frames.FRAME_BYTES)
                .isGreaterThan(25L * 1000 * 1000);
        openai.client().verifyThat(2, postRequestedFor(urlEqualTo(PATH))
                .withRequestBodyPart(aMultipart("language").withBody(equalTo("he")).build()));
        for (String part : new String[] {"RE-long.mp3.part0.mp3", "RE-long.mp3.part1.mp3"}) {
            openai.client().verifyThat(1, postRequestedFor(urlEqualTo(PATH)).withRequestBodyPart(
                    aMultipart("file").withHeader("Content-Disposition", containing(part)).build()));
        }
        assertThat(transcript.segments()).as("the second part starts where a full first part ends")
                .extracting(TranscriptSegment::startSeconds)
                .containsExactly(0.0, framesInFirstPart * 576 / 8000.0);
        assertThat(transcript.durationSeconds()).isEqualTo(10_800.0);
        try (var left = Files.list(dir)) {
            assertThat(left).as("parts are deleted").containsExactly(mp3);
        }
        System.out.printf("3-hour recording: %d bytes in 2 uploads; heap max %.0f MiB; sum of heap pool peaks"
                + " %.1f MiB; largest live heap after a GC %.1f MiB%n", audio.sizeBytes(),
                Runtime.getRuntime().maxMemory() / 1048576.0, peak / 1048576.0, liveAfterGc / 1048576.0);
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound on the heap in use at any one moment. */
    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Watches every garbage collection and keeps the largest heap still in use after one: the live set. */
    private static final class LiveHeapMonitor implements javax.management.NotificationListener {
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final List<javax.management.NotificationEmitter> emitters = ManagementFactory
                .getGarbageCollectorMXBeans().stream()
                .map(javax.management.NotificationEmitter.class::cast).toList();

        static LiveHeapMonitor start() {
            LiveHeapMonitor monitor = new LiveHeapMonitor();
            monitor.emitters.forEach(e -> e.addNotificationListener(monitor, null, null));
            return monitor;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools().stream().anyMatch(p -> p.getName().equals(e.getKey())))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            max.accumulateAndGet(used, Math::max);
        }

        long stop() throws javax.management.ListenerNotFoundException {
            for (var emitter : emitters) {
                emitter.removeNotificationListener(this);
            }
            return max.get();
        }
    }
}
