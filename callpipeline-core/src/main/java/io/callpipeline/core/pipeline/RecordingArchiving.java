package io.callpipeline.core.pipeline;

import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.audio.WavSilencer;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.MediaDownloader;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.core.transcription.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive step: once the transcript (and so where personal numbers were said) is known, the
 * recording is downloaded once more, silenced there ({@link WavSilencer}), kept in the
 * {@link AudioArchive}, and only then, the copy read back equal, deleted at the provider. Each part
 * is skipped when done (a kept copy is not kept again), and deleting at the provider is idempotent,
 * so a run that stops between them resumes without harm. Without an archive it does nothing: the
 * provider's copy is the one the player streams.
 */
final class RecordingArchiving {

    private static final Logger log = LoggerFactory.getLogger(CallRecordingPipeline.class);

    static final RecordingArchiving NONE = new RecordingArchiving(null, null, null, 0, null, null);

    private final AudioArchive archive;
    private final MediaDownloader downloader;
    private final RecordingDeletion providerDeletion;
    private final double padSeconds;
    private final Path workDirectory;
    private final StepTimer steps;

    /** @param providerDeletion deletes the provider's copy once ours is kept; {@code null} keeps it */
    RecordingArchiving(AudioArchive archive, MediaDownloader downloader, RecordingDeletion providerDeletion,
            double padSeconds, Path workDirectory, StepTimer steps) {
        this.archive = archive;
        this.downloader = downloader;
        this.providerDeletion = providerDeletion;
        this.padSeconds = padSeconds;
        this.workDirectory = workDirectory;
        this.steps = steps;
    }

    void keep(CallRecord record, OwnershipCheck owned) {
        if (archive == null || record.recording() == null || record.transcript() == null) {
            return;
        }
        String sid = record.recordingSid();
        boolean kept = archive.find(sid).isPresent() || steps.time(PipelineStep.ARCHIVE, sid, () -> store(record, owned));
        if (kept && providerDeletion != null) {
            owned.confirm();
            boolean deleted = providerDeletion.delete(record.recording().accountSid(), sid);
            log.info("Recording {}: our redacted copy is kept; the provider's copy {}", sid,
                    deleted ? "is deleted" : "was already gone");
        }
    }

    /** @return whether a copy is kept (audio that cannot be silenced where it must be is not) */
    private boolean store(CallRecord record, OwnershipCheck owned) {
        String sid = record.recordingSid();
        List<TimeSpan> spans = record.transcript().silenced();
        try (WorkDirectory directory = WorkDirectory.create(workDirectory, sid)) {
            owned.confirm();
            AudioFile audio = downloader.download(new MediaRequest(record.recording(), directory.path()));
            String type = audio.contentType() == null ? "" : audio.contentType().toLowerCase(Locale.ROOT);
            boolean wav = type.contains("wav") || audio.path().toString().endsWith(".wav");
            Path keep = audio.path();
            if (wav && !spans.isEmpty()) {
                keep = directory.path().resolve(sid + "-redacted.wav");
                WavSilencer.silence(audio.path(), keep, spans, padSeconds);
            } else if (!spans.isEmpty()) {
                log.warn("Recording {}: {} audio cannot be silenced where personal numbers were said; the provider's"
                        + " copy stays and none of ours is kept", sid, type.isEmpty() ? "this" : type);
                return false;
            }
            archive.keep(sid, keep, wav ? "audio/x-wav" : audio.contentType());
            log.info("Recording {}: kept in the archive with {} stretch(es) silenced", sid, spans.size());
            return true;
        }
    }
}
