package io.callpipeline.crm.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Twilio's media URL for a recording, as WireMock serves it: MP3 with its length, as Twilio does. */
public final class TwilioMedia {

    private TwilioMedia() {
    }

    public static String path(String recordingSid) {
        return "/2010-04-01/Accounts/" + Calls.ACCOUNT_SID + "/Recordings/" + recordingSid + ".mp3";
    }

    public static void serve(WireMockServer twilio, String recordingSid, byte[] audio) {
        twilio.stubFor(get(path(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withHeader("Content-Length", Integer.toString(audio.length))
                .withBody(audio)));
    }
}
