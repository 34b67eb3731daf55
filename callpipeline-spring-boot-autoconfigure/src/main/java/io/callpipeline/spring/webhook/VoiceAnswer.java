package io.callpipeline.spring.webhook;

import com.twilio.twiml.voice.Say;

/**
 * What an inbound call hears and how it is recorded: the voice webhook's whole configuration, in
 * the webhook's own terms (the starter's properties are turned into it when the app starts).
 *
 * @param notice        what the caller hears first, before recording starts (consent)
 * @param sayVoice      Twilio's text-to-speech voice
 * @param mode          voicemail or forwarding
 * @param agentNumber   the agent's number in E.164, used when forwarding
 * @param maxLength     the longest voicemail, in seconds
 * @param recordingPath where the recording's status callback goes (the recording webhook's path)
 */
public record VoiceAnswer(String notice, Say.Voice sayVoice, Mode mode, String agentNumber, int maxLength,
        String recordingPath) {

    /** How an inbound call is recorded. */
    public enum Mode {
        /** Voicemail with {@code <Record>}. */
        RECORD,
        /** Forward with {@code <Dial record="record-from-answer-dual">}. */
        DIAL
    }
}
