package io.callpipeline.crm.web;

import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.query.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's audio for the page's player, streamed from Twilio with our credentials (the browser
 * never sees a Twilio URL) and never stored here, for a call the user's {@link CallAccess} sees
 * (another agency's answers 404, as one that does not exist). {@code Range} requests get 206 with
 * {@code Content-Range}, so the player can seek; a range past the end gets 416 with the real length.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallAudioController {

    private static final Logger log = LoggerFactory.getLogger(CallAudioController.class);

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final CallHistory calls;
    private final CallAccess access;
    private final MediaStreamer media;
    private final ZoneId timeZone;
    private final Semaphore streams;
    private final int maxStreams;
    private final AccessLog accessLog;

    /**
     * @param timeZone   the zone of the time in a downloaded recording's file name
     * @param maxStreams recordings streamed at once by this instance; one more is answered 503
     * @param accessLog  where each play (a request from the audio's first byte) and download is logged
     */
    public CallAudioController(CallHistory calls, CallAccess access, MediaStreamer media, ZoneId timeZone,
            int maxStreams, AccessLog accessLog) {
        this.calls = calls;
        this.access = access;
        this.media = media;
        this.timeZone = timeZone;
        this.maxStreams = maxStreams;
        this.accessLog = accessLog;
        this.streams = new Semaphore(maxStreams);
    }

    /**
     * Copies the audio on the request's own thread, not on Spring MVC's shared async executor (whose
     * few threads and unbounded queue a handful of listeners would fill), at most {@code maxStreams}
     * at once; the provider's stream ends by itself when its bytes stop coming.
     */
    @GetMapping("/calls/{callId}/audio")
    public void audio(@PathVariable long callId,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String rangeHeader,
            @RequestParam(defaultValue = "false") boolean download, HttpServletResponse response) throws IOException {
        CallLog call = calls.find(callId, access.currentScope()).orElseThrow(() -> new CallNotFoundException(callId));
        if (call.getAudioDeletedAt() != null) {
            throw new AudioDeletedException(callId);
        }
        if (!call.hasAudio()) {
            throw new NotFoundException("Call " + callId + " has no recording to play");
        }
        if (!streams.tryAcquire()) {
            throw new AudioBusyException(maxStreams);
        }
        try {
            if (download || startsAtTheBeginning(rangeHeader)) { // a player's later ranges are the same listening
                accessLog.call(download ? AccessAction.DOWNLOAD : AccessAction.PLAY, call.getOwner().agency(), callId,
                        call.getCustomer() == null ? null : call.getCustomer().getId());
            }
            if (download) {
                MediaStream whole = media.open(call.getAccountSid(), MediaStreamRequest.whole(call.getRecordingSid()));
                answer(whole, false, fileName(call, whole.contentType()), response);
                return;
            }
            MediaStreamRequest range = rangeOf(call.getAccountSid(), call.getRecordingSid(), rangeHeader);
            if (range == null) {
                answer(media.open(call.getAccountSid(), MediaStreamRequest.whole(call.getRecordingSid())), false, null,
                        response);
                return;
            }
            MediaStream stream = media.open(call.getAccountSid(), range);
            if (stream.length() < 0) {
                stream.close(); // the length is unknown, so no range can be promised: send it all
                answer(media.open(call.getAccountSid(), MediaStreamRequest.whole(call.getRecordingSid())), false, null,
                        response);
                return;
            }
            answer(stream, true, null, response);
        } finally {
            streams.release();
        }
    }

    private static boolean startsAtTheBeginning(String rangeHeader) {
        return rangeHeader == null || rangeHeader.replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith("bytes=0-");
    }

    /** The provider's content type when it is an audio type; anything else (missing, malformed, HTML) is not passed on. */
    static MediaType audioType(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && "audio".equalsIgnoreCase(type.getType()) ? type : MediaType.APPLICATION_OCTET_STREAM;
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** A name an agent can find again: {@code call-2026-11-26-1502-972545551234.mp3}. */
    private String fileName(CallLog call, String contentType) {
        StringBuilder name = new StringBuilder("call");
        if (call.getOccurredAt() != null) {
            name.append('-').append(FILE_TIME.format(call.getOccurredAt().atZone(timeZone)));
        }
        String digits = call.getCounterpartNumber() == null ? "" : call.getCounterpartNumber().replaceAll("\\D", "");
        name.append(digits.isEmpty() ? "-" + call.getRecordingSid() : "-" + digits);
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return name.append(type.contains("wav") ? ".wav" : ".mp3").toString();
    }

    /**
     * The first range of the header (players ask for one), or {@code null} to send the whole audio:
     * no header, a unit other than bytes, or a range-spec that is invalid (RFC 9110 §14.1.1, §14.2:
     * such a header is ignored, not refused). A suffix range ({@code bytes=-500}) needs the length first.
     */
    private MediaStreamRequest rangeOf(String accountSid, String recordingSid, String rangeHeader) throws IOException {
        if (rangeHeader == null || !rangeHeader.strip().toLowerCase(java.util.Locale.ROOT).startsWith("bytes=")) {
            return null;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(rangeHeader.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ranges.isEmpty()) {
            return null;
        }
        String spec = ranges.get(0).toString();
        if (spec.startsWith("-")) {
            long suffix = Long.parseLong(spec.substring(1));
            long total;
            try (MediaStream whole = media.open(accountSid, MediaStreamRequest.whole(recordingSid))) {
                total = whole.totalBytes();
            }
            if (total < 0) {
                return null;
            }
            if (suffix == 0 || total == 0) {
                throw new MediaRangeNotSatisfiableException(total, total); // no last zero bytes (RFC 9110 §14.1.3)
            }
            return new MediaStreamRequest(recordingSid, Math.max(0, total - suffix), total - 1);
        }
        String[] bounds = spec.split("-", -1);
        long first = Long.parseLong(bounds[0]);
        Long last = bounds[1].isEmpty() ? null : Long.parseLong(bounds[1]);
        return last != null && last < first ? null : new MediaStreamRequest(recordingSid, first, last);
    }

    /**
     * Writes the stream as the answer and closes it, whatever happens.
     *
     * @param attachment the file name of a download, or {@code null} to play in the page
     */
    private static void answer(MediaStream stream, boolean partial, String attachment, HttpServletResponse response) {
        try (stream) {
            response.setStatus(partial ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
            response.setContentType(audioType(stream.contentType()).toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            if (attachment != null) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment).build().toString());
            }
            if (stream.totalBytes() >= 0) {
                response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            }
            if (stream.length() >= 0) {
                response.setContentLengthLong(stream.length());
            }
            if (partial) {
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + stream.firstByte() + "-" + stream.lastByte()
                        + "/" + (stream.totalBytes() >= 0 ? stream.totalBytes() : "*"));
            }
            stream.body().transferTo(response.getOutputStream());
        } catch (IOException e) {
            // players drop a range request as soon as they seek elsewhere, and a stalled provider's
            // stream is closed under us: the answer just ends
            log.debug("Audio stream ended early: {}", e.toString());
        }
    }
}
