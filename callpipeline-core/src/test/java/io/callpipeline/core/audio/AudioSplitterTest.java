package io.callpipeline.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.testing.Mp3Frames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioSplitterTest {

    @TempDir
    Path dir;

    private final AudioSplitter splitter = new AudioSplitter();

    private AudioFile file(String name, String type, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return new AudioFile(path, type, bytes.length);
    }

    @Test
    void fileWithinTheLimitIsUsedAsIs() throws IOException {
        AudioFile audio = file("a.mp3", "audio/mpeg", Mp3Frames.bytes(10));

        assertThat(splitter.split(audio, audio.sizeBytes(), dir))
                .containsExactly(new AudioPart(audio.path(), "audio/mpeg", audio.sizeBytes(), 0, null));
    }

    @Test
    void mp3IsCutBetweenFramesSkippingTagsAndJunk() throws IOException {
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20};
        mp3.write(id3);
        mp3.write(new byte[20]);
        mp3.write(Mp3Frames.bytes(7));
        mp3.write(new byte[] {1, 2, 3});
        mp3.write(Mp3Frames.bytes(3));
        AudioFile audio = file("b.mp3", "audio/mpeg", mp3.toByteArray());

        List<AudioPart> parts = splitter.split(audio, 4L * Mp3Frames.FRAME_BYTES, dir);

        assertThat(parts).extracting(AudioPart::sizeBytes)
                .containsExactly(4L * Mp3Frames.FRAME_BYTES, 4L * Mp3Frames.FRAME_BYTES, 2L * Mp3Frames.FRAME_BYTES);
        assertThat(parts).extracting(AudioPart::offsetSeconds).containsExactly(0.0, 0.288, 0.576);
        assertThat(parts).extracting(AudioPart::durationSeconds).containsExactly(0.288, 0.288, 0.144);
        for (AudioPart part : parts) {
            byte[] bytes = Files.readAllBytes(part.path());
            assertThat(bytes).hasSize((int) part.sizeBytes());
            assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        }
    }

    @Test
    void dataWithoutMp3FramesIsUnreadable() throws IOException {
        AudioFile audio = file("c.mp3", "audio/mpeg", new byte[5000]);

        assertThatThrownBy(() -> splitter.split(audio, 1000, dir))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("audio_unreadable"));
    }

    @Test
    void wavIsCutIntoCompleteWavFiles() throws IOException {
        int sampleRate = 8000;
        byte[] samples = new byte[sampleRate * 2 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) i;
        }
        AudioFile audio = file("d.wav", "audio/x-wav", wav(sampleRate, samples));

        List<AudioPart> parts = splitter.split(audio, 44 + sampleRate * 2, dir);

        assertThat(parts).hasSize(3);
        assertThat(parts).extracting(AudioPart::offsetSeconds).containsExactly(0.0, 1.0, 2.0);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (AudioPart part : parts) {
            byte[] bytes = Files.readAllBytes(part.path());
            ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(bytes, 0, 4)).isEqualTo("RIFF");
            assertThat(header.getInt(4)).isEqualTo(bytes.length - 8);
            assertThat(header.getInt(24)).isEqualTo(sampleRate);
            assertThat(header.getInt(40)).isEqualTo(bytes.length - 44);
            joined.write(bytes, 44, bytes.length - 44);
        }
        assertThat(joined.toByteArray()).isEqualTo(samples);
    }

    @Test
    void otherFormatsOverTheLimitAreRefusedWithAReason() throws IOException {
        AudioFile audio = file("e.ogg", "audio/ogg", new byte[3000]);

        assertThatThrownBy(() -> splitter.split(audio, 1000, dir))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("audio_too_large"))
                .hasMessageContaining("only MP3 and WAV");
    }

    static byte[] wav(int sampleRate, byte[] pcm16Mono) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm16Mono.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + pcm16Mono.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(pcm16Mono.length).put(pcm16Mono);
        return b.array();
    }
}
