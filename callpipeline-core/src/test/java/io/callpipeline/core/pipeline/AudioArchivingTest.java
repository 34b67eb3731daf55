package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.wavPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.archive.DirectoryAudioArchive;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.testing.Wavs;
import io.callpipeline.core.transcription.TimeSpan;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * Our own copy of the audio, silent where a personal number was said, and Twilio's copy deleted
 * only once ours reads back equal: through twilio-java against WireMock, with a transcriber that
 * gives each word's time, as Whisper's {@code verbose_json} does.
 */
class AudioArchivingTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path work;

    @TempDir
    Path archiveDirectory;

    private final InMemoryTranscriptStore store = new InMemoryTranscriptStore();
    private final byte[] recording = Wavs.resource("speech-he-8k.wav");
    private TwilioRecordingSource source;

    private final ScriptedProviders providers = new ScriptedProviders();

    /** The transcriber heard an ID number said between 2.0 s and 3.0 s. */
    private static Transcript heard(String saidFirst, String number) {
        String text = saidFirst + " " + number + " ואני מחפש דירה";
        String[] first = saidFirst.split(" ");
        List<TranscriptWord> words = new java.util.ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            words.add(new TranscriptWord(first[i], 0.5 + 0.4 * i, 0.9 + 0.4 * i));
        }
        words.addAll(List.of(new TranscriptWord(number, 2.0, 3.0), new TranscriptWord("ואני", 3.4, 3.7),
                new TranscriptWord("מחפש", 3.7, 4.1), new TranscriptWord("דירה", 4.1, 4.6)));
        return new Transcript(null, text, List.of(TranscriptSegment.of(0.0, 6.3, text)), ScriptedProviders.MODEL, 6.3)
                .withWords(words);
    }

    @BeforeEach
    void stubs() {
        ScriptedProviders.stubTwilio(twilio);
        providers.transcribing(request -> heard("תעודת זהות שלי", "123456782"));
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(204)));
        source = ScriptedProviders.twilioSource(twilio.baseUrl());
    }

    private CallRecordingPipeline pipeline(AudioArchive archive) {
        return CallRecordingPipeline.builder().recordingSource(source)
                .transcriber(providers.transcriber()).responder(providers.responder())
                .store(store).workDirectory(work)
                .audioArchive(archive).providerDeletion(source).silencePaddingSeconds(0.25)
                .build();
    }

    private static RecordingEvent event() {
        return TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID, "CallSid", CALL_SID,
                "RecordingSid", RECORDING_SID, "RecordingStatus", "completed", "RecordingDuration", "6"));
    }

    @Test
    void theKeptCopyIsSilentWhereTheIdWasSaidAndTheRecordingsOwnElsewhereAndTwilioDeletesItsCopyAfter()
            throws IOException {
        DirectoryAudioArchive archive = new DirectoryAudioArchive(archiveDirectory);

        ProcessingOutcome outcome = pipeline(archive).process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript().text()).contains("[ת״ז]").doesNotContain("123456782");
        assertThat(outcome.record().transcript().silenced()).containsExactly(new TimeSpan(2.0, 3.0));
        assertThat(outcome.record().transcript().words()).as("the words are never stored").isEmpty();

        byte[] kept;
        try (MediaStream stream = archive.open(MediaStreamRequest.whole(RECORDING_SID))) {
            kept = stream.body().readAllBytes();
            assertThat(stream.contentType()).isEqualTo("audio/x-wav");
        }
        short[] before = Wavs.samples(recording);
        short[] after = Wavs.samples(kept);
        int from = (int) (1.75 * 8000);
        int to = (int) (3.25 * 8000);
        assertThat(after).hasSameSizeAs(before);
        assertThat(Arrays.copyOfRange(after, from, to)).containsOnly((short) 0);
        assertThat(Arrays.copyOfRange(after, 0, from)).isEqualTo(Arrays.copyOfRange(before, 0, from));
        assertThat(Arrays.copyOfRange(after, to, after.length)).isEqualTo(Arrays.copyOfRange(before, to, before.length));

        // Twilio's copy is deleted once, after ours was downloaded for keeping (the newest events come first)
        twilio.verify(1, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        List<ServeEvent> events = twilio.getAllServeEvents();
        int deleted = indexOf(events, "DELETE", recordingPath(RECORDING_SID));
        int lastDownload = indexOf(events, "GET", wavPath(RECORDING_SID));
        assertThat(deleted).isLessThan(lastDownload);
        assertThat(providers.transcriptions).hasSize(1);
    }

    @Test
    void twilioKeepsItsCopyWhileOursCannotBeKeptAndTheRetryPaysForNothingAgain() {
        AudioArchive broken = new FailingArchive(new DirectoryAudioArchive(archiveDirectory));

        ProcessingOutcome first = pipeline(broken).process(event());

        assertThat(first).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                failed -> assertThat(failed.retryable()).isTrue());
        twilio.verify(0, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        assertThat(new DirectoryAudioArchive(archiveDirectory).find(RECORDING_SID)).isEmpty();

        ProcessingOutcome second = pipeline(new DirectoryAudioArchive(archiveDirectory)).process(event());

        assertThat(second).isInstanceOf(ProcessingOutcome.Completed.class);
        twilio.verify(1, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
        assertThat(providers.transcriptions).hasSize(1);
    }

    @Test
    void aDeletionTwilioCannotTakeNowIsRetriedWithoutKeepingTheCopyAgain() {
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}")));
        DirectoryAudioArchive archive = new DirectoryAudioArchive(archiveDirectory);

        ProcessingOutcome first = pipeline(archive).process(event());

        assertThat(first).isInstanceOfSatisfying(ProcessingOutcome.Failed.class,
                failed -> assertThat(failed.retryable()).isTrue());
        assertThat(archive.find(RECORDING_SID)).as("ours is kept before Twilio is asked").isPresent();
        int downloads = twilio.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(wavPath(RECORDING_SID)))).size();

        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(204)));
        ProcessingOutcome second = pipeline(archive).process(event());

        assertThat(second).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(twilio.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(wavPath(RECORDING_SID))))).as("the kept copy is not downloaded again").hasSize(downloads);
        assertThat(providers.transcriptions).hasSize(1);
    }

    @Test
    void aCallWithoutPersonalNumbersIsKeptAsItCameAndTwilioDeletesItsCopy() throws IOException {
        providers.transcribing(request -> heard("אני רוצה לראות", "שלוש"));
        DirectoryAudioArchive archive = new DirectoryAudioArchive(archiveDirectory);

        ProcessingOutcome outcome = pipeline(archive).process(event());

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Completed.class);
        assertThat(outcome.record().transcript().silenced()).isEmpty();
        try (MediaStream stream = archive.open(MediaStreamRequest.whole(RECORDING_SID))) {
            assertThat(stream.body().readAllBytes()).as("byte for byte").isEqualTo(recording);
            assertThat(stream.contentType()).isEqualTo("audio/x-wav");
        }
        twilio.verify(1, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
    }

    @Test
    void aRunTakenOverOnceItsTranscriptIsSavedNeitherDownloadsForTheArchiveNorDeletesAtTwilio() {
        java.util.concurrent.atomic.AtomicBoolean owned = new java.util.concurrent.atomic.AtomicBoolean(true);
        // another instance takes the job over the moment this run has saved the transcript
        io.callpipeline.core.store.TranscriptStore watched = new io.callpipeline.core.store.TranscriptStore() {
            @Override
            public Optional<io.callpipeline.core.call.CallRecord> find(String recordingSid) {
                return store.find(recordingSid);
            }

            @Override
            public void save(io.callpipeline.core.call.CallRecord record) {
                store.save(record);
                if (record.stage() == io.callpipeline.core.call.ProcessingStage.TRANSCRIBED) {
                    owned.set(false);
                }
            }
        };
        DirectoryAudioArchive archive = new DirectoryAudioArchive(archiveDirectory);
        store.save(io.callpipeline.core.call.CallRecord.received(event()));
        CallRecordingPipeline pipeline = CallRecordingPipeline.builder().recordingSource(source)
                .transcriber(providers.transcriber()).responder(providers.responder())
                .store(watched).workDirectory(work)
                .audioArchive(archive).providerDeletion(source)
                .build();

        Optional<ProcessingOutcome> outcome = pipeline.process(RECORDING_SID, owned::get);

        assertThat(outcome).get().isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(twilio.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(wavPath(RECORDING_SID))))).as("only the transcription's download").hasSize(1);
        assertThat(archive.find(RECORDING_SID)).isEmpty();
        twilio.verify(0, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID))));
    }

    private static int indexOf(List<ServeEvent> events, String method, String url) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getRequest().getMethod().getName().equals(method)
                    && events.get(i).getRequest().getUrl().startsWith(url)) {
                return i;
            }
        }
        return -1;
    }

    /** An archive whose writes fail (a full disk): nothing is kept. */
    private record FailingArchive(AudioArchive inner) implements AudioArchive {
        @Override
        public Kept keep(String recordingSid, Path audio, String contentType) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO, "No space left on device");
        }

        @Override
        public Optional<Kept> find(String recordingSid) {
            return inner.find(recordingSid);
        }

        @Override
        public boolean delete(String recordingSid) {
            return inner.delete(recordingSid);
        }

        @Override
        public MediaStream open(MediaStreamRequest request) {
            return inner.open(request);
        }
    }
}
