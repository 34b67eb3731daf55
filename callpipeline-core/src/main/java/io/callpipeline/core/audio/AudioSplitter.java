package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.AudioFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a recording too big for one transcription upload into pieces that each fit, without
 * decoding or re-encoding and without holding more than a frame in memory. MP3 is cut between
 * frames (each frame decodes on its own) and WAV between sample frames; piece lengths are computed
 * from the frames, so the times of later pieces line up exactly.
 */
public final class AudioSplitter {

    /**
     * @param audio     the recording
     * @param maxBytes  the largest piece allowed
     * @param directory where pieces are written; the caller deletes them
     * @return the original file as the only part when it already fits
     * @throws PermanentProcessingException when the format cannot be cut or the data is not audio
     */
    public List<AudioPart> split(AudioFile audio, long maxBytes, Path directory) {
        if (audio.sizeBytes() <= maxBytes) {
            return List.of(new AudioPart(audio.path(), audio.contentType(), audio.sizeBytes(), 0, null));
        }
        String type = audio.contentType().toLowerCase(Locale.ROOT);
        String name = audio.path().getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (type.contains("mpeg") || type.contains("mp3") || name.endsWith(".mp3")) {
                return new Mp3Splitter(maxBytes, directory).split(audio.path());
            }
            if (type.contains("wav") || name.endsWith(".wav")) {
                return new WavSplitter(maxBytes, directory).split(audio.path());
            }
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO, "Could not split the recording: " + e.getMessage(), e);
        }
        throw new PermanentProcessingException(ReasonCode.AUDIO_TOO_LARGE, "The recording (" + audio.sizeBytes()
                + " bytes, " + audio.contentType() + ") is over the " + maxBytes
                + "-byte upload limit and only MP3 and WAV can be split");
    }
}
