package io.callpipeline.core.pipeline;

import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.gibberish.GibberishDetector;
import io.callpipeline.core.gibberish.HebrewGibberishDetector;
import io.callpipeline.core.language.LanguageIdentifier;
import io.callpipeline.core.privacy.IsraeliPiiRedactor;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.recording.CallLookup;
import io.callpipeline.core.recording.MediaDownloader;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.core.recording.RecordingLookup;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Transcriber;
import java.nio.file.Path;

/**
 * Collects a {@link CallRecordingPipeline}'s collaborators; {@link #build()} names any that are
 * missing. Kept apart from the pipeline so the pipeline reads as its steps.
 */
public final class PipelineBuilder {
    RecordingLookup recordingLookup;
    CallLookup callLookup;
    MediaDownloader mediaDownloader;
    Transcriber transcriber;
    GibberishDetector gibberishDetector = new HebrewGibberishDetector();
    Responder responder;
    TranscriptStore store;
    Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"));
    String language = CallRecordingPipeline.DEFAULT_LANGUAGE;
    LanguageIdentifier languageIdentifier;
    PiiRedactor piiRedactor = new IsraeliPiiRedactor();
    CallerHistory callerHistory = CallerHistory.NONE;
    AudioArchive audioArchive;
    RecordingDeletion providerDeletion;
    double silencePaddingSeconds = 0.25;
    boolean sendOriginalToModel;
    PipelineListener listener = PipelineListener.NONE;
    StepInstrumentation instrumentation = StepInstrumentation.NONE;
    AudioSettings audioSettings = AudioSettings.DEFAULTS;
    io.callpipeline.core.nextstep.DueDates dueDates = io.callpipeline.core.nextstep.DueDates.inIsrael();

    PipelineBuilder() {
    }

    /** Sets steps 1–3 from one provider adapter. */
    public PipelineBuilder recordingSource(RecordingSource source) {
        return recordingLookup(source).callLookup(source).mediaDownloader(source);
    }

    public PipelineBuilder recordingLookup(RecordingLookup recordingLookup) {
        this.recordingLookup = recordingLookup;
        return this;
    }

    public PipelineBuilder callLookup(CallLookup callLookup) {
        this.callLookup = callLookup;
        return this;
    }

    public PipelineBuilder mediaDownloader(MediaDownloader mediaDownloader) {
        this.mediaDownloader = mediaDownloader;
        return this;
    }

    public PipelineBuilder transcriber(Transcriber transcriber) {
        this.transcriber = transcriber;
        return this;
    }

    /** Defaults to {@link HebrewGibberishDetector}. */
    public PipelineBuilder gibberishDetector(GibberishDetector gibberishDetector) {
        this.gibberishDetector = gibberishDetector;
        return this;
    }

    public PipelineBuilder responder(Responder responder) {
        this.responder = responder;
        return this;
    }

    public PipelineBuilder store(TranscriptStore store) {
        this.store = store;
        return this;
    }

    /** Where per-call temporary directories are made; defaults to {@code java.io.tmpdir}. */
    public PipelineBuilder workDirectory(Path workDirectory) {
        this.workDirectory = workDirectory;
        return this;
    }

    /**
     * What takes personal numbers out of a transcript before it is stored or sent to a model;
     * {@link IsraeliPiiRedactor} unless set, {@link PiiRedactor#NONE} to keep the text as heard.
     */
    public PipelineBuilder piiRedactor(PiiRedactor piiRedactor) {
        this.piiRedactor = java.util.Objects.requireNonNull(piiRedactor, "piiRedactor");
        return this;
    }

    /**
     * Keeps our own copy of each recording, silent where personal numbers were said; the player
     * then plays it. None by default: the provider's copy is the only one.
     */
    public PipelineBuilder audioArchive(AudioArchive audioArchive) {
        this.audioArchive = audioArchive;
        return this;
    }

    /**
     * Deletes the provider's copy of a recording once the archive holds ours (read back equal);
     * none by default. Only with {@link #audioArchive}.
     */
    public PipelineBuilder providerDeletion(RecordingDeletion providerDeletion) {
        this.providerDeletion = providerDeletion;
        return this;
    }

    /**
     * How much of the audio around each personal number's words is silenced too, for the
     * transcriber's imprecise word times; 0.25 s unless set.
     */
    public PipelineBuilder silencePaddingSeconds(double silencePaddingSeconds) {
        if (!(silencePaddingSeconds >= 0)) {
            throw new IllegalArgumentException("The silence padding cannot be negative: " + silencePaddingSeconds);
        }
        this.silencePaddingSeconds = silencePaddingSeconds;
        return this;
    }

    /**
     * What the CRM knows of a caller from earlier calls, for the model's answer; none by default.
     */
    public PipelineBuilder callerHistory(CallerHistory callerHistory) {
        this.callerHistory = java.util.Objects.requireNonNull(callerHistory, "callerHistory");
        return this;
    }

    /**
     * How the answer's next steps are dated from the call's day; Israel's working week, holidays and time
     * by default.
     */
    public PipelineBuilder dueDates(io.callpipeline.core.nextstep.DueDates dueDates) {
        this.dueDates = java.util.Objects.requireNonNull(dueDates, "dueDates");
        return this;
    }

    /**
     * Whether the model reads the transcript as heard, personal numbers in, rather than the
     * redacted one that is stored; off unless set. Only the run that transcribed the call has the
     * original (it is kept nowhere): a run resuming after it reads the redacted one.
     */
    public PipelineBuilder sendOriginalToModel(boolean sendOriginalToModel) {
        this.sendOriginalToModel = sendOriginalToModel;
        return this;
    }

    /** Tells which language each transcript is in; defaults to {@link io.callpipeline.core.language.ScriptAwareLanguageIdentifier}. */
    public PipelineBuilder languageIdentifier(LanguageIdentifier languageIdentifier) {
        this.languageIdentifier = languageIdentifier;
        return this;
    }

    /** The language asked of the transcriber (ISO-639-1); defaults to {@code he}. */
    public PipelineBuilder language(String language) {
        this.language = language;
        return this;
    }

    /**
     * How a WAV recording is measured and split before transcription; defaults to
     * {@link AudioSettings#DEFAULTS}.
     */
    public PipelineBuilder audioSettings(AudioSettings audioSettings) {
        this.audioSettings = audioSettings;
        return this;
    }

    /** Hears the end of every step, e.g. to time it; defaults to {@link PipelineListener#NONE}. */
    public PipelineBuilder listener(PipelineListener listener) {
        this.listener = listener;
        return this;
    }

    /** What wraps each step as a whole (an observation, a span); defaults to {@link StepInstrumentation#NONE}. */
    public PipelineBuilder instrumentation(StepInstrumentation instrumentation) {
        this.instrumentation = instrumentation;
        return this;
    }

    /**
     * @throws IllegalStateException naming every missing collaborator
     */
    public CallRecordingPipeline build() {
        StringBuilder missing = new StringBuilder();
        require(missing, recordingLookup, "recordingLookup (or recordingSource)");
        require(missing, callLookup, "callLookup (or recordingSource)");
        require(missing, mediaDownloader, "mediaDownloader (or recordingSource)");
        require(missing, transcriber, "transcriber");
        require(missing, gibberishDetector, "gibberishDetector");
        require(missing, responder, "responder");
        require(missing, store, "store");
        require(missing, workDirectory, "workDirectory");
        require(missing, language, "language");
        require(missing, listener, "listener");
        require(missing, instrumentation, "instrumentation");
        require(missing, audioSettings, "audioSettings");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("CallRecordingPipeline needs " + missing);
        }
        return new CallRecordingPipeline(this);
    }

    private static void require(StringBuilder missing, Object value, String name) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            missing.append(missing.isEmpty() ? "" : ", ").append(name);
        }
    }
}
