package io.callpipeline.core.pipeline;

import io.callpipeline.core.audio.ChannelSplitter;
import io.callpipeline.core.audio.SpeechActivity;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.TimeSpan;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dual-channel recording transcribed as the dialogue it was: each channel on its own (a side
 * with no measured speech is not sent), every segment marked with its speaker, and the two sides
 * merged by time into one transcript whose text reads in the order things were said. Each side is
 * paid for once: one transcribed before the other side failed is kept for the retry, its personal
 * numbers taken out before it is written to disk (and where they were said kept, from its own words).
 */
final class DialogueTranscription {

    private final Transcriber transcriber;
    private final double minSpeechSeconds;
    private final UnsavedResults kept;
    private final PiiRedactor redactor;

    DialogueTranscription(Transcriber transcriber, double minSpeechSeconds, UnsavedResults kept, PiiRedactor redactor) {
        this.redactor = redactor;
        this.transcriber = transcriber;
        this.minSpeechSeconds = minSpeechSeconds;
        this.kept = kept;
    }

    Transcript transcribe(String sid, AudioFile stereo, SpeechActivity activity, String hint, OwnershipCheck owned) {
        List<AudioFile> sides = ChannelSplitter.split(stereo);
        try {
            List<TranscriptSegment> segments = new ArrayList<>();
            List<TimeSpan> silenced = new ArrayList<>();
            Map<PiiKind, Integer> redactions = new EnumMap<>(PiiKind.class);
            String model = null;
            List<Integer> heard = new ArrayList<>();
            for (int channel = 0; channel < sides.size(); channel++) {
                if (Speaker.ofChannel(channel) != null && activity.speechSeconds().get(channel) >= minSpeechSeconds) {
                    heard.add(channel);
                }
            }
            for (int channel : heard) {
                Speaker speaker = Speaker.ofChannel(channel);
                boolean moreToPay = channel != heard.get(heard.size() - 1);
                Transcript side = paidOnce(sid, channel, hint, sides.get(channel), owned, moreToPay);
                model = model != null ? model : side.model();
                segments.addAll(segmentsOf(side, speaker, activity.seconds()));
                silenced.addAll(side.silenced());
                side.redactions().forEach((kind, count) -> redactions.merge(kind, count, Integer::sum));
            }
            segments.sort(Comparator.comparingDouble(TranscriptSegment::startSeconds)
                    .thenComparing(s -> s.speaker().ordinal()));
            String text = segments.stream().map(s -> s.text().strip()).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(" "));
            kept.forgetSides(sid);
            return new Transcript(hint, text, segments, model, activity.seconds(), 1, redactions, List.of(),
                    silenced);
        } finally {
            sides.forEach(side -> delete(side));
        }
    }

    /**
     * One side's transcript, paid for once: a side an earlier run transcribed before the other side
     * failed is taken as it was kept, and a side transcribed now, with another still to pay for, is
     * kept until the dialogue is whole.
     */
    private Transcript paidOnce(String sid, int channel, String hint, AudioFile side, OwnershipCheck owned,
            boolean moreToPay) {
        Optional<Transcript> earlier = kept.findSide(sid, channel, hint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        owned.confirm();
        // redacted as it arrives: a side kept on disk for the retry never holds a personal number
        Transcript transcript = transcriber.transcribe(new TranscriptionRequest(side, hint)).redacted(redactor)
                .transcript();
        if (moreToPay) {
            kept.keepSide(sid, channel, hint, transcript);
        }
        return transcript;
    }

    /** A side's segments marked with its speaker; a model that gives no segments gives one for the whole side. */
    private static List<TranscriptSegment> segmentsOf(Transcript side, Speaker speaker, double seconds) {
        if (side.segments().isEmpty()) {
            return side.text().isBlank() ? List.of() : List.of(TranscriptSegment.of(0, seconds, side.text()).spokenBy(speaker));
        }
        return side.segments().stream().map(s -> s.spokenBy(speaker)).toList();
    }

    private static void delete(AudioFile file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            // the work directory is removed at the end of the run anyway
        }
    }
}
