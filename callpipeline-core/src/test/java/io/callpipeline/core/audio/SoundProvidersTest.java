package io.callpipeline.core.audio;

import static io.callpipeline.core.testing.Wavs.mono;
import static io.callpipeline.core.testing.Wavs.resource;
import static io.callpipeline.core.testing.Wavs.samples;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.testing.Wavs;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a recording must not search the class path for javax.sound's providers each time:
 * {@code AudioSystem} does (a {@code ServiceLoader} over the thread's class loader on every call),
 * and in a host with a hundred jars that search was a measurable share of processing a call.
 */
class SoundProvidersTest {

    @TempDir
    Path dir;

    /** Counts the service-file searches made through it, as a thread's context class loader. */
    private static final class CountingLoader extends ClassLoader {
        final AtomicInteger soundSearches = new AtomicInteger();

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/javax.sound.")) {
                soundSearches.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    @Test
    void threadsSharingTheProvidersMeasureAsOneThreadDoes() throws Exception {
        short[] speech = samples(resource("speech-he-8k.wav"));
        Path muLaw = dir.resolve("RE3.wav");
        Files.write(muLaw, Wavs.muLaw(mono(speech)));
        Path pcm = dir.resolve("RE4.wav");
        Files.write(pcm, Wavs.stereo(speech, Wavs.noise(6.28, -50, 2)));
        SpeechActivity muLawAlone = SpeechActivity.of(muLaw);
        SpeechActivity pcmAlone = SpeechActivity.of(pcm);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<SpeechActivity>> measured = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Path file = i % 2 == 0 ? muLaw : pcm;
                measured.add(threads.submit(() -> SpeechActivity.of(file)));
            }
            for (int i = 0; i < measured.size(); i++) {
                assertThat(measured.get(i).get()).isEqualTo(i % 2 == 0 ? muLawAlone : pcmAlone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void measuringAndSplittingAgainSearchesForNoProvider() throws IOException {
        short[] speech = samples(resource("speech-he-8k.wav"));
        Path muLaw = dir.resolve("RE1.wav");
        Files.write(muLaw, Wavs.muLaw(mono(speech))); // read, then converted to 16-bit PCM
        Path dual = dir.resolve("RE2.wav");
        Files.write(dual, Wavs.stereo(speech, speech));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        CountingLoader counting = new CountingLoader(before);
        thread.setContextClassLoader(counting);
        try {
            double first = SpeechActivity.of(muLaw).mostSpeechSeconds(); // may load what is loaded once
            ChannelSplitter.split(new AudioFile(dual, "audio/x-wav", 0));
            int afterFirst = counting.soundSearches.get();

            for (int i = 0; i < 5; i++) {
                assertThat(SpeechActivity.of(muLaw).mostSpeechSeconds()).isEqualTo(first);
                assertThat(ChannelSplitter.split(new AudioFile(dual, "audio/x-wav", 0))).hasSize(2);
            }

            assertThat(counting.soundSearches.get()).as("searches for javax.sound providers after the first reads")
                    .isEqualTo(afterFirst);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
