package io.callpipeline.core.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.wavPath;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.CHAT;
import static io.callpipeline.core.pipeline.PipelineAgainstStubs.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * A run that loses its recording to another run part-way (its queue judged it dead and revived
 * the job elsewhere) stops before its next paid request or save, through the real SDKs: it neither
 * pays again nor overwrites what the other run saves.
 */
class RunOwnershipTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension openai = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path workDirectory;

    private final InMemoryTranscriptStore store = new InMemoryTranscriptStore();
    private CallRecord received;

    @BeforeEach
    void stubHappyPathAndStoreTheCall() {
        PipelineAgainstStubs.stubHappyPath(twilio, openai);
        received = CallRecord.received(TwilioRecordingCallback.parse(Map.of("AccountSid", ACCOUNT_SID,
                "CallSid", CALL_SID, "RecordingSid", RECORDING_SID, "RecordingStatus", "completed")));
        store.save(received);
    }

    private CallRecordingPipeline pipeline() {
        return PipelineAgainstStubs.builder(twilio.baseUrl(), openai.baseUrl(), store, workDirectory).build();
    }

    /** Owned until the transcription request has reached OpenAI: the takeover came while it was in flight. */
    private boolean transcriptionNotYetSent() {
        return openai.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).isEmpty();
    }

    @Test
    void aRunTakenOverDuringTranscriptionSavesNothingMoreAndAsksNoResponse() throws IOException {
        ProcessingOutcome outcome = pipeline().process(RECORDING_SID, this::transcriptionNotYetSent).orElseThrow();

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.find(RECORDING_SID).orElseThrow().stage())
                .as("the record as the run left it before the takeover").isEqualTo(ProcessingStage.VERIFIED);
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(0, postRequestedFor(urlEqualTo(CHAT)));
        try (Stream<Path> left = Files.walk(workDirectory)) {
            assertThat(left.filter(Files::isRegularFile)).as("no audio left, and no result kept for a later run")
                    .isEmpty();
        }
    }

    @Test
    void aRunTakenOverBeforeItsFirstSaveNeitherSavesNorDownloads() {
        ProcessingOutcome outcome = pipeline().process(RECORDING_SID,
                () -> twilio.findAll(getRequestedFor(urlEqualTo(recordingPath(RECORDING_SID)))).isEmpty()).orElseThrow();

        assertThat(outcome).isInstanceOf(ProcessingOutcome.Superseded.class);
        assertThat(store.history()).as("saves").containsExactly(received);
        twilio.verify(0, getRequestedFor(urlEqualTo(wavPath(RECORDING_SID))));
        openai.verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void anOwnershipThatCannotBeToldFailsTheRunForARetryWhichReusesWhatWasPaidFor() {
        RunOwnership unreachable = () -> {
            if (transcriptionNotYetSent()) {
                return true;
            }
            throw new IllegalStateException("connection refused");
        };

        ProcessingOutcome first = pipeline().process(RECORDING_SID, unreachable).orElseThrow();
        ProcessingOutcome retry = pipeline().process(RECORDING_SID, RunOwnership.SOLE).orElseThrow();

        assertThat(first).isInstanceOfSatisfying(ProcessingOutcome.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.failure().reasonCode()).isEqualTo("store_unavailable");
        });
        assertThat(retry).isInstanceOf(ProcessingOutcome.Completed.class);
        openai.verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        openai.verify(1, postRequestedFor(urlEqualTo(CHAT)));
        assertThat(List.of(retry.record().transcript().text())).containsExactly(HEBREW_TEXT);
    }
}
