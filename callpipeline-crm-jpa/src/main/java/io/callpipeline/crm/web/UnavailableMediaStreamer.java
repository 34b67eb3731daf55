package io.callpipeline.crm.web;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;

/**
 * Stands in when the host replaced the recording source with one that cannot stream audio and gave
 * no {@link MediaStreamer} of its own: the player then gets a clear 501 naming what to add.
 */
public final class UnavailableMediaStreamer implements MediaStreamer {

    private final String sourceName;

    public UnavailableMediaStreamer(Object source) {
        this.sourceName = source.getClass().getSimpleName();
    }

    @Override
    public MediaStream open(MediaStreamRequest request) {
        throw new PermanentProcessingException(ReasonCode.AUDIO_UNAVAILABLE, "The configured RecordingSource (" + sourceName
                + ") cannot stream audio; define a MediaStreamer bean");
    }
}
