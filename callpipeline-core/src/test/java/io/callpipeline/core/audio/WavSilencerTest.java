package io.callpipeline.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.testing.Wavs;
import io.callpipeline.core.transcription.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audio we keep is the recording with the personal numbers' stretches silent: inside them the
 * speech measure hears nothing, outside them every byte is the recording's own (sample-exact), in
 * every encoding Twilio or a telephony system writes.
 */
class WavSilencerTest {

    @TempDir
    Path dir;

    @Test
    void theSpanMeasuresAsSilenceAndEveryByteOutsideItIsTheRecordingsOwn() throws IOException {
        Path source = write("speech.wav", Wavs.resource("speech-he-8k.wav"));
        TimeSpan said = new TimeSpan(1.5, 3.0);
        assertThat(speechIn(source, said)).as("the recording speaks there").isGreaterThan(0.5);

        Path redacted = dir.resolve("redacted.wav");
        long frames = WavSilencer.silence(source, redacted, List.of(said), 0.0);

        assertThat(frames).isEqualTo(12_000); // 1.5 s at 8 kHz
        assertThat(speechIn(redacted, said)).as("nothing is heard where the number was said").isZero();
        WavSilencer.Layout layout = WavSilencer.layout(source);
        byte[] before = Files.readAllBytes(source);
        byte[] after = Files.readAllBytes(redacted);
        int from = (int) (layout.dataOffset() + 12_000 * 2);
        int to = (int) (layout.dataOffset() + 24_000 * 2);
        assertThat(after).hasSameSizeAs(before);
        assertThat(Arrays.copyOfRange(after, 0, from)).isEqualTo(Arrays.copyOfRange(before, 0, from));
        assertThat(Arrays.copyOfRange(after, to, after.length)).isEqualTo(Arrays.copyOfRange(before, to, before.length));
        assertThat(Arrays.copyOfRange(after, from, to)).containsOnly((byte) 0);
    }

    @Test
    void theTranscribersWordTimesAreWidenedByThePaddingAndSpansPastTheEndStopThere() throws IOException {
        Path source = write("speech.wav", Wavs.resource("speech-he-8k.wav"));
        WavSilencer.Layout layout = WavSilencer.layout(source);
        double seconds = layout.frames() / 8000.0;

        long frames = WavSilencer.silence(source, dir.resolve("a.wav"),
                List.of(new TimeSpan(2.0, 2.5), new TimeSpan(seconds - 0.1, seconds + 5)), 0.25);

        assertThat(frames).isEqualTo(8000 + Math.round(0.35 * 8000)); // 1.0 s, and the last 0.35 s
    }

    @Test
    void bothChannelsOfADialogueAreSilencedAndMuLawGetsItsOwnSilence() throws IOException {
        short[] loud = Wavs.tone(3, 440, -12);
        Path stereo = write("stereo.wav", Wavs.stereo(loud, loud));
        WavSilencer.silence(stereo, dir.resolve("stereo-r.wav"), List.of(new TimeSpan(1, 2)), 0);
        short[] samples = Wavs.samples(Files.readAllBytes(dir.resolve("stereo-r.wav")));
        assertThat(Arrays.copyOfRange(samples, 2 * 8000, 2 * 16000)).containsOnly((short) 0);
        assertThat(samples[2 * 8000 - 1]).isNotZero();

        Path ulaw = write("ulaw.wav", Wavs.muLaw(Wavs.mono(loud)));
        WavSilencer.Layout layout = WavSilencer.layout(ulaw);
        WavSilencer.silence(ulaw, dir.resolve("ulaw-r.wav"), List.of(new TimeSpan(1, 2)), 0);
        byte[] redacted = Files.readAllBytes(dir.resolve("ulaw-r.wav"));
        int from = (int) layout.dataOffset() + 8000;
        assertThat(Arrays.copyOfRange(redacted, from, from + 8000)).containsOnly((byte) 0xFF);
    }

    @Test
    void aFileThatIsNotAWavIsRefusedAsUnreadable() throws IOException {
        Path mp3 = write("call.mp3", new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> WavSilencer.silence(mp3, dir.resolve("x.wav"), List.of(new TimeSpan(0, 1)), 0))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.AUDIO_UNREADABLE));
    }

    /** The speech the measure hears between the span's ends, cut out as a WAV of its own. */
    private double speechIn(Path wav, TimeSpan span) throws IOException {
        WavSilencer.Layout layout = WavSilencer.layout(wav);
        byte[] all = Files.readAllBytes(wav);
        int from = (int) (layout.dataOffset() + Math.round(span.start() * 8000) * layout.blockAlign());
        int to = (int) (layout.dataOffset() + Math.round(span.end() * 8000) * layout.blockAlign());
        short[] samples = Wavs.samples(all);
        short[] part = Arrays.copyOfRange(samples, (int) Math.round(span.start() * 8000),
                (int) Math.round(span.end() * 8000));
        assertThat(to - from).isEqualTo(part.length * 2);
        Path cut = write("cut-" + System.nanoTime() + ".wav", Wavs.mono(part));
        return SpeechActivity.of(cut).mostSpeechSeconds();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
