package io.callpipeline.core.pipeline;

import io.callpipeline.core.audio.AudioCheck;
import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.audio.SpeechActivity;
import io.callpipeline.core.gibberish.ForeignScriptRule;
import io.callpipeline.core.gibberish.GibberishDetector;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.gibberish.NonWordRule;
import io.callpipeline.core.language.LanguageIdentifier;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.MediaDownloader;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptionRequest;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps 3 to 5 as the pipeline runs them: download, measure the speech in it, transcribe with the
 * language hint, name the text's language, and check it. A WAV recording with less speech than
 * {@link AudioSettings#minSpeech} is never sent to the transcriber ({@link Transcript#unheard}); a
 * two-channel one is transcribed side by side as a dialogue ({@link DialogueTranscription}). A transcript made with the hint that reads as letters of no
 * language or as non-words is often a call in another language forced into Hebrew, so the audio
 * is transcribed once more without the hint; the second text is kept when it is speech, and the
 * second payment is counted either way ({@link Transcript#passes()}).
 */
final class LanguageAwareTranscription {

    private static final Logger log = LoggerFactory.getLogger(LanguageAwareTranscription.class);

    /** Verdicts a wrong language hint can cause; only these earn a second transcription. */
    static final Set<String> SECOND_PASS_REASONS = Set.of(ForeignScriptRule.CODE, NonWordRule.CODE);

    /** A transcript and its verdict, which may come from the second transcription. */
    record Checked(Transcript transcript, GibberishVerdict verdict) {
    }

    private final MediaDownloader mediaDownloader;
    private final Transcriber transcriber;
    private final LanguageIdentifier languageIdentifier;
    private final GibberishDetector gibberishDetector;
    private final Path workDirectory;
    private final String language;
    private final StepTimer steps;
    private final AudioSettings audio;
    private final DialogueTranscription dialogue;

    LanguageAwareTranscription(MediaDownloader mediaDownloader, Transcriber transcriber,
            LanguageIdentifier languageIdentifier, GibberishDetector gibberishDetector, Path workDirectory,
            String language, AudioSettings audio, StepTimer steps, PiiRedactor redactor) {
        this.audio = audio;
        this.dialogue = new DialogueTranscription(transcriber, audio.minSpeechSeconds(),
                new UnsavedResults(workDirectory), redactor);
        this.mediaDownloader = mediaDownloader;
        this.transcriber = transcriber;
        this.languageIdentifier = languageIdentifier;
        this.gibberishDetector = gibberishDetector;
        this.workDirectory = workDirectory;
        this.language = language;
        this.steps = steps;
    }

    /** The first transcription, with the language hint. */
    Transcript transcribe(RecordingInfo recording, OwnershipCheck owned) {
        return transcribe(recording, language, 1, owned);
    }

    /** Checks the transcript, transcribing once more without the hint when that may help. */
    Checked check(RecordingInfo recording, Transcript first, OwnershipCheck owned) {
        String sid = recording.recordingSid();
        if (!first.transcribed()) {
            return new Checked(first, GibberishVerdict.noSpeechIn(first.durationSeconds()));
        }
        GibberishVerdict verdict = steps.time(PipelineStep.CHECK, sid, () -> gibberishDetector.check(first));
        if (!secondPassMayHelp(first, verdict)) {
            return new Checked(first, verdict);
        }
        Transcript second = transcribe(recording, null, first.passes() + 1, owned);
        GibberishVerdict secondVerdict = steps.time(PipelineStep.CHECK, sid, () -> gibberishDetector.check(second));
        log.info("Recording {}: transcribed again without the language hint after {}; now {} in '{}'", sid,
                verdict.reasonCode(), secondVerdict.gibberish() ? secondVerdict.reasonCode() : "speech", second.language());
        return secondVerdict.gibberish()
                ? new Checked(first.afterPasses(second.passes()), verdict)
                : new Checked(second, secondVerdict);
    }

    private boolean secondPassMayHelp(Transcript transcript, GibberishVerdict verdict) {
        return verdict.gibberish() && language != null && transcript.passes() == 1
                && SECOND_PASS_REASONS.contains(verdict.reasonCode());
    }

    private Transcript transcribe(RecordingInfo recording, String hint, int passes, OwnershipCheck owned) {
        try (WorkDirectory directory = WorkDirectory.create(workDirectory, recording.recordingSid())) {
            String sid = recording.recordingSid();
            owned.confirm();
            AudioFile audio = steps.time(PipelineStep.DOWNLOAD, sid, () -> {
                AudioFile downloaded = mediaDownloader.download(new MediaRequest(recording, directory.path()));
                AudioCheck.requireReadable(downloaded);
                return downloaded;
            });
            SpeechActivity activity = SpeechActivity.measurable(audio.path(), audio.contentType())
                    ? steps.time(PipelineStep.LISTEN, sid, () -> SpeechActivity.of(audio.path()))
                    : null;
            if (activity != null && activity.mostSpeechSeconds() < this.audio.minSpeechSeconds()) {
                log.info("Recording {}: {} s of speech measured in {} s of audio; not sent to the transcriber", sid,
                        round(activity.mostSpeechSeconds()), round(activity.seconds()));
                return Transcript.unheard(activity.seconds());
            }
            boolean twoSides = activity != null && activity.speechSeconds().size() == 2 && this.audio.splitChannels();
            Transcript transcript = steps.time(PipelineStep.TRANSCRIBE, sid, () -> {
                if (twoSides) {
                    return dialogue.transcribe(sid, audio, activity, hint, owned);
                }
                owned.confirm();
                return transcriber.transcribe(new TranscriptionRequest(audio, hint));
            });
            return transcript.inLanguage(languageIdentifier.identify(transcript.callerText()).code()).afterPasses(passes);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
