package io.callpipeline.core.archive;

import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Our own copy of each recording, with the personal numbers silenced: the audio the CRM plays and
 * downloads, so the provider's copy (which holds them) can be deleted. {@link #keep} returns only
 * once the copy is written and read back equal, because the provider's copy is deleted on the
 * strength of it. The default, {@link DirectoryAudioArchive}, keeps files in a directory (one
 * instance, or a directory every instance shares).
 */
public interface AudioArchive extends MediaStreamer {

    /**
     * What is kept of one recording.
     *
     * @param bytes  its length
     * @param sha256 its SHA-256, hex, as read back after writing
     */
    record Kept(String recordingSid, String contentType, long bytes, String sha256) {
    }

    /**
     * Keeps {@code audio} as the recording's, replacing what was kept before.
     *
     * @throws io.callpipeline.core.TransientProcessingException when it cannot be written or does not
     *         read back equal (nothing is kept then)
     */
    Kept keep(String recordingSid, Path audio, String contentType);

    /** What is kept of the recording, if anything. */
    Optional<Kept> find(String recordingSid);

    /** Removes what is kept of the recording; {@code false} when nothing was. */
    boolean delete(String recordingSid);

    /**
     * The kept audio's bytes, for the player.
     *
     * @throws io.callpipeline.core.PermanentProcessingException {@code recording_not_found} when nothing is kept
     */
    @Override
    MediaStream open(MediaStreamRequest request);
}
