package io.callpipeline.crm.web;

import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.query.NotFoundException;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A call's audio for the page's player, streamed from Twilio with our credentials (the browser
 * never sees a Twilio URL) and never stored here. {@code Range} requests get 206 with
 * {@code Content-Range}, so the player can seek; a range past the end gets 416 with the real length.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallAudioController {

    private static final Logger log = LoggerFactory.getLogger(CallAudioController.class);

    private final CallHistory calls;
    private final MediaStreamer media;

    public CallAudioController(CallHistory calls, MediaStreamer media) {
        this.calls = calls;
        this.media = media;
    }

    @GetMapping("/calls/{callId}/audio")
    public ResponseEntity<StreamingResponseBody> audio(@PathVariable long callId,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String rangeHeader) throws IOException {
        CallLog call = calls.find(callId).orElseThrow(() -> new CallNotFoundException(callId));
        if (!call.hasAudio()) {
            throw new NotFoundException("Call " + callId + " has no recording to play");
        }
        MediaStreamRequest request = requestFor(call.getRecordingSid(), rangeHeader);
        if (request == null) {
            throw new InvalidRangeException(rangeHeader);
        }
        boolean partial = rangeHeader != null && !rangeHeader.isBlank();
        MediaStream stream = media.open(request);
        if (partial && stream.length() < 0) {
            stream.close(); // the length is unknown, so no range can be promised: send it all
            return answer(media.open(MediaStreamRequest.whole(call.getRecordingSid())), false);
        }
        return answer(stream, partial);
    }

    /**
     * The first range of the header (players ask for one), or {@code null} when the header is not a
     * byte range; a suffix range ({@code bytes=-500}) needs the length first.
     */
    private MediaStreamRequest requestFor(String recordingSid, String rangeHeader) throws IOException {
        if (rangeHeader == null || rangeHeader.isBlank()) {
            return MediaStreamRequest.whole(recordingSid);
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(rangeHeader);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ranges.isEmpty()) {
            return MediaStreamRequest.whole(recordingSid);
        }
        String spec = ranges.get(0).toString();
        if (spec.startsWith("-")) {
            long suffix = Long.parseLong(spec.substring(1));
            long total;
            try (MediaStream whole = media.open(MediaStreamRequest.whole(recordingSid))) {
                total = whole.totalBytes();
            }
            if (total < 0) {
                return MediaStreamRequest.whole(recordingSid);
            }
            return new MediaStreamRequest(recordingSid, Math.max(0, total - suffix), total - 1);
        }
        String[] bounds = spec.split("-", -1);
        return new MediaStreamRequest(recordingSid, Long.parseLong(bounds[0]),
                bounds[1].isEmpty() ? null : Long.parseLong(bounds[1]));
    }

    private static ResponseEntity<StreamingResponseBody> answer(MediaStream stream, boolean partial) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(partial ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
                .contentType(MediaType.parseMediaType(stream.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (stream.totalBytes() >= 0) {
            answer.header(HttpHeaders.ACCEPT_RANGES, "bytes");
        }
        if (stream.length() >= 0) {
            answer.contentLength(stream.length());
        }
        if (partial) {
            answer.header(HttpHeaders.CONTENT_RANGE, "bytes " + stream.firstByte() + "-" + stream.lastByte() + "/"
                    + (stream.totalBytes() >= 0 ? stream.totalBytes() : "*"));
        }
        return answer.body(out -> {
            try (stream) {
                stream.body().transferTo(out);
            } catch (IOException e) {
                // players drop a range request as soon as they seek elsewhere: nothing is wrong
                log.debug("Audio stream ended early: {}", e.toString());
            }
        });
    }
}
