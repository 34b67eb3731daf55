package io.callpipeline.core.transcription;

/**
 * One word as the transcriber heard it, with when it was said: what lets the audio be silenced
 * exactly where a personal number was said. Words exist only between transcription and redaction;
 * they are never stored.
 *
 * @param text  the word, as transcribed
 * @param start when it starts, in seconds from the recording's start
 * @param end   when it ends
 */
public record TranscriptWord(String text, double start, double end) {
}
