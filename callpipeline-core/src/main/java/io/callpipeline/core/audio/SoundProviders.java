package io.callpipeline.core.audio;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;
import javax.sound.sampled.spi.FormatConversionProvider;

/**
 * javax.sound's file readers and format converters, looked up once per JVM. {@link AudioSystem}
 * looks them up with a {@link ServiceLoader} on every call, and a service lookup reads every jar on
 * the class path: in the webhook benchmark that search was 6% of processing's CPU samples (JFR),
 * and a host's executable jar holds a hundred nested jars. Providers are installed with the
 * application, not while it runs. Converters are tried in the order {@code AudioSystem} tries them.
 * Readers are too, except that the one that read the last file goes first: the JDK lists its MIDI
 * reader before its WAV reader, and that one parses each WAV as a MIDI sequence, through one more
 * lookup, before refusing it. A reader only accepts its own format, so the outcome is the same.
 * The instances are shared by every thread: the JDK's readers and converters keep nothing between
 * calls (each call makes its own stream), and Java 8's {@code AudioSystem} shared them the same way.
 */
final class SoundProviders {

    private static final List<AudioFileReader> READERS = load(AudioFileReader.class);
    private static final List<FormatConversionProvider> CONVERTERS = load(FormatConversionProvider.class);
    /** The reader that read the last file. */
    private static volatile AudioFileReader lastReader;

    private SoundProviders() {
    }

    /**
     * As {@link AudioSystem#getAudioInputStream(InputStream)}.
     *
     * @param in a stream that supports mark and reset, so a reader that refuses it leaves it unread
     */
    static AudioInputStream read(InputStream in) throws UnsupportedAudioFileException, IOException {
        AudioFileReader last = lastReader;
        if (last != null) {
            try {
                return last.getAudioInputStream(in);
            } catch (UnsupportedAudioFileException notThisReader) {
                // another format than the last file's
            }
        }
        for (AudioFileReader reader : READERS) {
            if (reader == last) {
                continue;
            }
            try {
                AudioInputStream audio = reader.getAudioInputStream(in);
                lastReader = reader;
                return audio;
            } catch (UnsupportedAudioFileException notThisReader) {
                // the next reader may know the format
            }
        }
        throw new UnsupportedAudioFileException("Stream of unsupported format");
    }

    /** As {@link AudioSystem#getAudioInputStream(AudioFormat, AudioInputStream)}. */
    static AudioInputStream convert(AudioFormat target, AudioInputStream source) {
        AudioFormat from = source.getFormat();
        if (from.matches(target)) {
            return source;
        }
        for (FormatConversionProvider converter : CONVERTERS) {
            if (converter.isConversionSupported(target, from)) {
                return converter.getAudioInputStream(target, source);
            }
        }
        throw new IllegalArgumentException("Unsupported conversion: " + target + " from " + from);
    }

    private static <T> List<T> load(Class<T> service) {
        List<T> providers = new ArrayList<>();
        ServiceLoader.load(service, SoundProviders.class.getClassLoader()).forEach(providers::add);
        return List.copyOf(providers);
    }
}
