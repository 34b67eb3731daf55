package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.AudioFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Looks at a downloaded recording before anyone is paid to transcribe it: bytes served as MP3 must
 * hold consecutive MP3 frames, bytes served as WAV a RIFF/WAVE header. An error page, a truncated
 * file or random bytes then end the call as {@code audio_unreadable} at no cost, instead of a
 * transcription request that fails or, worse, succeeds with invented text. Other formats are left
 * to the transcriber.
 */
public final class AudioCheck {

    /** How far into the file (after any ID3 tag) the first frame may start. */
    private static final int SEARCH_BYTES = 64 * 1024;
    /** Consecutive frames that make the data MP3 rather than noise that looks like one header. */
    private static final int FRAMES_IN_A_ROW = 3;

    private AudioCheck() {
    }

    /**
     * @throws PermanentProcessingException {@code audio_unreadable} when the bytes are not the
     *         format they claim to be
     */
    public static void requireReadable(AudioFile audio) {
        String type = audio.contentType() == null ? "" : audio.contentType().toLowerCase(Locale.ROOT);
        String name = audio.path().getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (type.contains("wav") || name.endsWith(".wav")) {
                requireWav(audio);
            } else if (type.contains("mpeg") || type.contains("mp3") || name.endsWith(".mp3")) {
                requireMp3(audio);
            }
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO,
                    "Could not read the downloaded recording: " + e.getMessage(), e);
        }
    }

    private static void requireWav(AudioFile audio) throws IOException {
        byte[] head = new byte[12];
        try (var in = Files.newInputStream(audio.path())) {
            int read = in.readNBytes(head, 0, head.length);
            if (read < head.length || !"RIFF".equals(ascii(head, 0)) || !"WAVE".equals(ascii(head, 8))) {
                throw unreadable("is not a RIFF/WAVE file");
            }
        }
    }

    private static void requireMp3(AudioFile audio) throws IOException {
        byte[] data;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(audio.path())))) {
            try {
                Mp3Splitter.skipId3(in);
            } catch (EOFException tagLongerThanFile) {
                throw unreadable("holds an ID3 tag and no audio");
            }
            data = in.readNBytes(SEARCH_BYTES + FRAMES_IN_A_ROW * 2 * 1441);
        }
        for (int start = 0; start < Math.min(SEARCH_BYTES, data.length); start++) {
            if (framesFrom(data, start)) {
                return;
            }
        }
        throw unreadable("holds no MP3 frames");
    }

    /** Whether frames follow each other from {@code start}: three in a row, or up to the end of a short file. */
    private static boolean framesFrom(byte[] data, int start) {
        int at = start;
        for (int frames = 0; frames < FRAMES_IN_A_ROW; frames++) {
            if (at == data.length && frames > 0) {
                return true;
            }
            if (at + 4 > data.length) {
                return false;
            }
            Mp3Splitter.Frame frame = Mp3Splitter.Frame.parse(((data[at] & 0xff) << 24) | ((data[at + 1] & 0xff) << 16)
                    | ((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff));
            if (frame == null || frame.length() < 4) {
                return false;
            }
            at += frame.length();
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from) {
        return new String(bytes, from, 4, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static PermanentProcessingException unreadable(String what) {
        return new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The downloaded recording " + what);
    }
}
