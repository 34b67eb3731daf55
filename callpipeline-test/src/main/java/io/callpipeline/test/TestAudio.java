package io.callpipeline.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Recordings for tests, made without an encoder or a voice: what callpipeline measures as speech,
 * as silence, and MP3 frames the player can be served.
 */
public final class TestAudio {

    private TestAudio() {
    }

    /**
     * A WAV in Twilio's format (8 kHz, 16-bit, mono) that is not words but has speech's loudness
     * rhythm: four syllable-like bursts a second over a quiet line. callpipeline measures it as
     * speech and sends it to the (stand-in) transcriber, as it would a caller.
     */
    public static byte[] speakingWav(int seconds) {
        int rate = 8000;
        short[] samples = new short[seconds * rate];
        Random line = new Random(seconds);
        for (int i = 0; i < samples.length; i++) {
            double t = i / (double) rate;
            double syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * t));
            double voice = Math.sin(2 * Math.PI * 180 * t) + 0.5 * Math.sin(2 * Math.PI * 360 * t);
            samples[i] = (short) (6000 * syllable * syllable * voice + 30 * line.nextGaussian());
        }
        return wav(samples);
    }

    /** A WAV of a quiet line (hiss about 60 dB below full scale): what an empty recording sounds like. */
    public static byte[] silentWav(int seconds) {
        short[] samples = new short[seconds * 8000];
        Random line = new Random(seconds);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (30 * line.nextGaussian());
        }
        return wav(samples);
    }

    private static byte[] wav(short[] samples) {
        ByteBuffer file = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (short sample : samples) {
            file.putShort(sample);
        }
        return file.array();
    }

    static boolean isWav(byte[] audio) {
        return audio.length >= 12 && audio[0] == 'R' && audio[1] == 'I' && audio[2] == 'F' && audio[3] == 'F'
                && audio[8] == 'W' && audio[9] == 'A' && audio[10] == 'V' && audio[11] == 'E';
    }

    /** The channel count of a canonical WAV header (bytes 22–23), 1 when it cannot be read. */
    static int wavChannels(byte[] wav) {
        return wav.length < 24 ? 1 : Math.max(1, (wav[22] & 0xFF) | (wav[23] & 0xFF) << 8);
    }

    /** MPEG-2.5 layer III frames with silent payloads: valid MP3, as callpipeline checks it, without an encoder. */
    public static byte[] silentMp3(int frames) {
        byte[] audio = new byte[frames * 288];
        for (int i = 0; i < frames; i++) {
            audio[i * 288] = (byte) 0xFF;
            audio[i * 288 + 1] = (byte) 0xE3;
            audio[i * 288 + 2] = (byte) 0x48;
            audio[i * 288 + 3] = (byte) 0xC0;
        }
        return audio;
    }
}
