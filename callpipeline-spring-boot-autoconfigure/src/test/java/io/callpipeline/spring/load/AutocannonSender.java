package io.callpipeline.spring.load;

import io.callpipeline.test.ProviderStandIns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook load sent by a tool that is not ours: autocannon (npm, pinned in {@code src/test/load}),
 * driven by {@code callbacks.mjs}, sends the signed callbacks and the bare GETs at the rate, from a
 * Node process. Its latency is measured from each request's send, not from when it was due, so a
 * stalled app shows less there than in the harness's own open-loop sender: the two are read side by
 * side. Install it once with {@code npm ci --prefix callpipeline-spring-boot-autoconfigure/src/test/load}.
 */
final class AutocannonSender {

    private static final Pattern SUMMARY = Pattern.compile(
            "\"p50\":([0-9.]+),\"p99\":([0-9.]+),\"sent\":(\\d+),\"non2xx\":(\\d+),\"errors\":(\\d+),\"timeouts\":(\\d+)");

    private final Path script;

    private AutocannonSender(Path script) {
        this.script = script;
    }

    /** The script, from the module's directory or the repository's root. */
    static AutocannonSender find() throws IOException {
        for (Path dir : List.of(Path.of("src/test/load"), Path.of("callpipeline-spring-boot-autoconfigure/src/test/load"))) {
            if (Files.isDirectory(dir.resolve("node_modules/autocannon"))) {
                return new AutocannonSender(dir.resolve("callbacks.mjs").toAbsolutePath());
            }
        }
        throw new IOException("autocannon is not installed: npm ci --prefix callpipeline-spring-boot-autoconfigure/src/test/load");
    }

    /** Sends for {@code seconds} at {@code rate}: callbacks and bare GETs at once, each at the rate. */
    WebhookLoadBenchmark.Figures run(String base, String barePath, int rate, int seconds)
            throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", script.toString(), base, barePath, String.valueOf(rate),
                String.valueOf(seconds), DelayedProviders.ACCOUNT_SID, ProviderStandIns.AUTH_TOKEN)
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (node.waitFor() != 0) {
            throw new IOException("autocannon failed: " + output);
        }
        Matcher m = SUMMARY.matcher(output);
        if (!m.find()) {
            throw new IOException("no callback summary in: " + output);
        }
        double callbackP50 = Double.parseDouble(m.group(1));
        double callbackP99 = Double.parseDouble(m.group(2));
        int sent = Integer.parseInt(m.group(3));
        long refused = Long.parseLong(m.group(4));
        long failed = Long.parseLong(m.group(5));
        long timedOut = Long.parseLong(m.group(6));
        if (!m.find()) {
            throw new IOException("no bare summary in: " + output);
        }
        return new WebhookLoadBenchmark.Figures(rate, callbackP50, callbackP99, Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)), refused, sent, timedOut, Long.parseLong(m.group(4)),
                failed == 0 ? Map.of() : Map.of("errors (autocannon)", failed));
    }
}
