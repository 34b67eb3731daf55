package io.callpipeline.core.recording;

/**
 * The three telephony steps together, as one provider adapter (Twilio) naturally offers them.
 * Each is still its own one-method SPI, so a host can replace only one, e.g. download media from
 * its own storage while keeping Twilio for metadata.
 */
public interface RecordingSource extends RecordingLookup, CallLookup, MediaDownloader {
}
