package io.callpipeline.core.archive;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;

/**
 * The player's audio: our kept (redacted) copy when there is one, else the provider's, for a call
 * processed before the archive was set up or still on its way to it.
 */
public final class ArchiveFirstMediaStreamer implements MediaStreamer {

    private final AudioArchive archive;
    private final MediaStreamer provider;

    public ArchiveFirstMediaStreamer(AudioArchive archive, MediaStreamer provider) {
        this.archive = archive;
        this.provider = provider;
    }

    @Override
    public MediaStream open(MediaStreamRequest request) {
        return open(null, request);
    }

    /** One look at the archive per request: {@link AudioArchive#open} says when nothing is kept. */
    @Override
    public MediaStream open(String accountSid, MediaStreamRequest request) {
        try {
            return archive.open(request);
        } catch (PermanentProcessingException e) {
            if (e.reason() != ReasonCode.RECORDING_NOT_FOUND) {
                throw e;
            }
            return accountSid == null ? provider.open(request) : provider.open(accountSid, request);
        }
    }
}
