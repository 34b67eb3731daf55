package io.callpipeline.core.twilio;

/**
 * The file Twilio is asked for when a recording is processed. WAV is the default because it is
 * already the samples: the pipeline measures speech in it before paying for a transcription, and
 * splits a dual-channel call into caller and agent, with no decoder. MP3 is a quarter of the bytes
 * but cannot be measured or split on the JVM without an MP3 decoder, so with it every recording is
 * transcribed as one mixed track, silent or not. (The agent's player always streams the MP3.)
 */
public enum MediaFormat {
    /** 8 kHz 16-bit PCM, {@code audio/x-wav}: 16 kB a second a channel. */
    WAV(".wav"),
    /** {@code audio/mpeg}. */
    MP3(".mp3");

    private final String extension;

    MediaFormat(String extension) {
        this.extension = extension;
    }

    /** The suffix of the media URL and of the downloaded file, e.g. {@code .wav}. */
    public String extension() {
        return extension;
    }
}
