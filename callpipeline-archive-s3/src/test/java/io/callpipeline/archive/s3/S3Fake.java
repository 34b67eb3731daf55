package io.callpipeline.archive.s3;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path-style S3 bucket in WireMock, answering as S3's API reference documents PutObject,
 * GetObject (with {@code Range}), HeadObject and DeleteObject: objects kept in memory with their
 * type and {@code x-amz-meta-*} metadata, {@code ETag} the MD5 of a single-part upload, 206 with
 * {@code Content-Range} for a range, 404 {@code NoSuchKey} (XML; no body for HEAD), 204 for a delete.
 * A body sent {@code aws-chunked} is decoded. A test may make it corrupt what it returns.
 */
final class S3Fake implements ResponseTransformerV2 {

    static final String NAME = "s3-fake";

    record StoredObject(byte[] body, String contentType, Map<String, String> metadata) {
    }

    final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    volatile UnaryOperator<byte[]> corruptOnRead = UnaryOperator.identity();
    volatile int failWith;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        Request request = event.getRequest();
        String key = request.getUrl().replaceFirst("\\?.*$", "");
        if (failWith > 0) {
            return xml(failWith, "SlowDown", "Please reduce your request rate.");
        }
        switch (request.getMethod().getName()) {
            case "PUT" -> {
                byte[] body = decoded(request);
                Map<String, String> metadata = new ConcurrentHashMap<>();
                for (HttpHeader header : request.getHeaders().all()) {
                    if (header.key().toLowerCase().startsWith("x-amz-meta-")) {
                        metadata.put(header.key().toLowerCase().substring("x-amz-meta-".length()), header.firstValue());
                    }
                }
                objects.put(key, new StoredObject(body, request.getHeader("Content-Type"), metadata));
                return Response.response().status(200).headers(new HttpHeaders(new HttpHeader("ETag", etag(body))))
                        .build();
            }
            case "GET", "HEAD" -> {
                StoredObject object = objects.get(key);
                boolean head = "HEAD".equals(request.getMethod().getName());
                if (object == null) {
                    return head ? Response.response().status(404).build()
                            : xml(404, "NoSuchKey", "The specified key does not exist.");
                }
                byte[] body = corruptOnRead.apply(object.body());
                List<HttpHeader> headers = new ArrayList<>();
                headers.add(new HttpHeader("Content-Type", object.contentType()));
                headers.add(new HttpHeader("ETag", etag(object.body())));
                headers.add(new HttpHeader("Last-Modified", "Thu, 03 Dec 2026 12:00:00 GMT"));
                object.metadata().forEach((name, value) -> headers.add(new HttpHeader("x-amz-meta-" + name, value)));
                Matcher range = Pattern.compile("bytes=(\\d+)-(\\d+)").matcher(String.valueOf(request.getHeader("Range")));
                if (!head && range.matches()) {
                    int from = Integer.parseInt(range.group(1));
                    int to = Math.min(Integer.parseInt(range.group(2)), body.length - 1);
                    byte[] part = java.util.Arrays.copyOfRange(body, from, to + 1);
                    headers.add(new HttpHeader("Content-Range", "bytes " + from + "-" + to + "/" + body.length));
                    return Response.response().status(206).headers(new HttpHeaders(headers)).body(part).build();
                }
                headers.add(new HttpHeader("Content-Length", String.valueOf(body.length)));
                return Response.response().status(200).headers(new HttpHeaders(headers))
                        .body(head ? new byte[0] : body).build();
            }
            case "DELETE" -> {
                objects.remove(key);
                return Response.response().status(204).build();
            }
            default -> {
                return xml(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            }
        }
    }

    private static Response xml(int status, String code, String message) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>";
        return Response.response().status(status)
                .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/xml")))
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
    }

    /** The object's bytes: as sent, or out of {@code aws-chunked} framing ({@code size;chunk-signature=…}). */
    private static byte[] decoded(Request request) {
        byte[] raw = request.getBody();
        String encoding = String.valueOf(request.getHeader("Content-Encoding"));
        String sha = String.valueOf(request.getHeader("x-amz-content-sha256"));
        if (!encoding.contains("aws-chunked") && !sha.startsWith("STREAMING")) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < raw.length) {
            int lineEnd = indexOf(raw, at);
            String header = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
