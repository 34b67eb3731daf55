package io.callpipeline.core.twilio;

import com.twilio.base.Page;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Recording;
import com.twilio.rest.api.v2010.account.RecordingReader;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.core.recording.RecordingCatalog;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.recording.RecordingSource;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Twilio behind the pipeline's three telephony SPIs, and the audio player's {@link MediaStreamer},
 * through the official twilio-java SDK.
 *
 * <p>It never calls {@code Twilio.init}: its {@link TwilioRestClient} is its own, so several
 * accounts (or a test's local stub) can live in one JVM. With a {@link Builder#baseUrl base URL}
 * other than Twilio's, both the SDK's REST calls and the media download go there instead.
 */
public final class TwilioRecordingSource implements RecordingSource, MediaStreamer, RecordingCatalog, RecordingDeletion {

    /** Recordings asked for per page of the list (Twilio allows up to 1000). */
    private static final long PAGE_SIZE = 200;

    /** Twilio's REST API, as text (a property's default). */
    public static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    /** Twilio's REST API. */
    public static final URI TWILIO_API = URI.create(TwilioRecordingSource.DEFAULT_BASE_URL);

    private final String accountSid;
    private final URI baseUrl;
    private final MediaFormat mediaFormat;
    private final TwilioAccountClients accounts;

    private TwilioRecordingSource(Builder b) {
        this.mediaFormat = b.mediaFormat;
        this.accountSid = b.accountSid;
        this.baseUrl = b.baseUrl;
        this.accounts = new TwilioAccountClients(b.accountSid, b.username, b.password, b.restClient, b.accounts,
                b.baseUrl, b.mediaSettings, b.requests);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RecordingInfo fetchRecording(String recordingSid) {
        return fetchRecording(accountSid, recordingSid);
    }

    /** The recording, read in its account (a subaccount's with the main credentials unless it has its own). */
    @Override
    public RecordingInfo fetchRecording(String account, String recordingSid) {
        TwilioSid.RECORDING.require("RecordingSid", recordingSid);
        String owner = accounts.owner(account);
        TwilioAccountClients.Access access = accounts.access(owner);
        Recording recording;
        try {
            recording = Recording.fetcher(owner, recordingSid).fetch(access.client());
        } catch (TwilioException e) {
            throw TwilioErrors.translate(e, "recording", ReasonCode.RECORDING_NOT_FOUND, recordingSid,
                    access.lastAnswer());
        }
        if (!owner.equals(recording.getAccountSid())) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_ACCOUNT_MISMATCH,
                    "Recording " + recordingSid + " belongs to another Twilio account");
        }
        return TwilioAnswers.info(recording);
    }

    /**
     * Deletes the recording (its media and its resource) in its account; one Twilio no longer has
     * answers 404 there, which counts as already deleted.
     */
    @Override
    public boolean delete(String account, String recordingSid) {
        TwilioSid.RECORDING.require("RecordingSid", recordingSid);
        String owner = accounts.owner(account);
        TwilioAccountClients.Access access = accounts.access(owner);
        try {
            return Recording.deleter(owner, recordingSid).delete(access.client());
        } catch (TwilioException e) {
            CallPipelineException failure = TwilioErrors.translate(e, "recording deletion", ReasonCode.RECORDING_NOT_FOUND,
                    recordingSid, access.lastAnswer());
            if (failure.reason() == ReasonCode.RECORDING_NOT_FOUND) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public CallDetails fetchCall(String callSid) {
        return fetchCall(accountSid, callSid);
    }

    @Override
    public CallDetails fetchCall(String account, String callSid) {
        TwilioSid.CALL.require("CallSid", callSid);
        String owner = accounts.owner(account);
        TwilioAccountClients.Access access = accounts.access(owner);
        Call call;
        try {
            call = Call.fetcher(owner, callSid).fetch(access.client());
        } catch (TwilioException e) {
            throw TwilioErrors.translate(e, "call", ReasonCode.CALL_NOT_FOUND, callSid, access.lastAnswer());
        }
        return new CallDetails(call.getSid(), call.getFrom(), call.getTo(), TwilioAnswers.direction(call.getDirection()),
                TwilioAnswers.instant(call.getStartTime()), TwilioAnswers.seconds(call.getDuration()));
    }

    /** Lists every account's recordings page by page, following Twilio's {@code next_page_uri}. */
    @Override
    public List<RecordingInfo> recordingsCreatedBetween(Instant from, Instant to) {
        List<RecordingInfo> found = new ArrayList<>();
        for (Map.Entry<String, TwilioAccountClients.Access> account : accounts.all().entrySet()) {
            found.addAll(recordingsCreatedBetween(account.getKey(), account.getValue(), from, to));
        }
        return found;
    }

    private List<RecordingInfo> recordingsCreatedBetween(String account, TwilioAccountClients.Access access,
            Instant from, Instant to) {
        TwilioRestClient client = access.client();
        RecordingReader reader = Recording.reader(account)
                .setDateCreatedAfter(from.atZone(ZoneOffset.UTC))
                .setDateCreatedBefore(to.atZone(ZoneOffset.UTC))
                .setPageSize(PAGE_SIZE);
        List<RecordingInfo> found = new ArrayList<>();
        try {
            for (Page<Recording> page = reader.firstPage(client); page != null;
                    page = page.hasNextPage() ? reader.nextPage(page, client) : null) {
                page.getRecords().stream().map(TwilioAnswers::info).forEach(found::add);
            }
        } catch (TwilioException e) {
            throw TwilioErrors.translate(e, "recording list", ReasonCode.RECORDING_NOT_FOUND, account, access.lastAnswer());
        }
        return found;
    }

    /**
     * Downloads the recording in the {@link Builder#mediaFormat format} set; a dual-channel WAV is
     * asked for with both channels ({@code RequestedChannels=2}), so caller and agent stay apart.
     */
    @Override
    public AudioFile download(MediaRequest request) {
        String sid = TwilioSid.RECORDING.require("RecordingSid", request.recording().recordingSid());
        Integer channels = request.recording().channels();
        String query = mediaFormat == MediaFormat.WAV && channels != null && channels == 2 ? "?RequestedChannels=2" : "";
        String owner = accounts.owner(request.recording().accountSid());
        return accounts.access(owner).media().download(URI.create(mediaUrl(owner, sid, mediaFormat) + query),
                request.directory().resolve(sid + mediaFormat.extension()));
    }

    /** Opens the MP3 for a listener, with our credentials, honouring the byte range asked for. */
    @Override
    public MediaStream open(MediaStreamRequest request) {
        return open(accountSid, request);
    }

    /** The same, of a recording of this account. */
    @Override
    public MediaStream open(String account, MediaStreamRequest request) {
        TwilioSid.RECORDING.require("RecordingSid", request.recordingSid());
        String owner = accounts.owner(account);
        return accounts.access(owner).media().open(URI.create(mediaUrl(owner, request.recordingSid(), MediaFormat.MP3)), request);
    }

    private String mediaUrl(String account, String recordingSid, MediaFormat format) {
        return baseUrl + "/2010-04-01/Accounts/" + account + "/Recordings/" + recordingSid + format.extension();
    }

    /**
     * Credentials are the account SID with either its auth token or an API key SID and secret.
     */
    public static final class Builder {
        private String accountSid;
        private String username;
        private String password;
        private URI baseUrl = TWILIO_API;
        private TwilioRestClient restClient;
        private MediaDownloadSettings mediaSettings = MediaDownloadSettings.DEFAULTS;
        private MediaFormat mediaFormat = MediaFormat.WAV;
        private RequestInstrumentation requests = RequestInstrumentation.NONE;
        private final Map<String, String[]> accounts = new LinkedHashMap<>();

        private Builder() {
        }

        /** Another account with credentials of its own: its SID (or an API key's) as the user name, and the secret. */
        public Builder account(String otherAccountSid, String username, String secret) {
            if (username == null || secret == null || secret.isBlank()) {
                throw new IllegalStateException("Account " + otherAccountSid + " needs a user name and a secret");
            }
            accounts.put(TwilioSid.ACCOUNT.require("account", otherAccountSid), new String[] {username, secret});
            return this;
        }

        /** The account whose recordings these are ({@code AC…}). */
        public Builder accountSid(String accountSid) {
            this.accountSid = accountSid;
            return this;
        }

        /** Authenticates as the account itself. */
        public Builder authToken(String authToken) {
            this.username = accountSid;
            this.password = authToken;
            return this;
        }

        /** Authenticates with an API key ({@code SK…}) instead of the auth token. */
        public Builder apiKey(String apiKeySid, String apiKeySecret) {
            this.username = apiKeySid;
            this.password = apiKeySecret;
            return this;
        }

        /** Where Twilio's REST API is; defaults to {@link #TWILIO_API}. Tests point it at a stub. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** A client of the host's own making; when absent one is built from the credentials. */
        public Builder restClient(TwilioRestClient restClient) {
            this.restClient = restClient;
            return this;
        }

        public Builder mediaSettings(MediaDownloadSettings mediaSettings) {
            this.mediaSettings = mediaSettings;
            return this;
        }

        /**
         * Shown each request to Twilio (the REST API's and the media's), e.g. to make each a span of its step;
         * defaults to {@link RequestInstrumentation#NONE}. A {@link #restClient host's own client} is not seen.
         */
        public Builder requests(RequestInstrumentation requests) {
            this.requests = requests;
            return this;
        }

        /** The file downloaded for processing; defaults to {@link MediaFormat#WAV}. */
        public Builder mediaFormat(MediaFormat mediaFormat) {
            this.mediaFormat = mediaFormat;
            return this;
        }

        /**
         * @throws IllegalStateException when the account SID or credentials are missing
         */
        public TwilioRecordingSource build() {
            if (accountSid == null || !TwilioSid.ACCOUNT.matches(accountSid)) {
                throw new IllegalStateException("TwilioRecordingSource needs accountSid: 'AC' followed by 32 hex"
                        + " characters");
            }
            if (username == null && password != null) {
                username = accountSid;
            }
            if (username == null || password == null || password.isBlank()) {
                throw new IllegalStateException("TwilioRecordingSource needs credentials: authToken(…) or apiKey(…)");
            }
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(mediaSettings, "mediaSettings");
            Objects.requireNonNull(mediaFormat, "mediaFormat");
            Objects.requireNonNull(requests, "requests");
            String text = baseUrl.toString();
            baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            return new TwilioRecordingSource(this);
        }
    }
}
