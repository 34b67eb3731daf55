package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Transcript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long one verdict takes, measured outside the test suite (timed unit tests lie on noisy
 * machines). Run it with
 * {@code ./mvnw -q -pl callpipeline-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.core.gibberish.GibberishDetectorBenchmark}.
 * It warms the JIT up, then reports the median of several timed rounds per input kind.
 */
public final class GibberishDetectorBenchmark {

    private static final int ROUNDS = 7;
    private static final int WARM_UP_ROUNDS = 15;
    private static final int CHECKS_PER_ROUND = 20_000;

    private GibberishDetectorBenchmark() {
    }

    public static void main(String[] args) {
        HebrewGibberishDetector detector = new HebrewGibberishDetector();
        List<GibberishCorpus.Item> corpus = GibberishCorpus.load();
        List<Transcript> calls = corpus.stream().filter(i -> !i.gibberish()).map(GibberishCorpus.Item::transcript).toList();
        List<Transcript> everything = corpus.stream().map(GibberishCorpus.Item::transcript).toList();
        List<Transcript> minuteCalls = joined(calls, 6);
        List<Transcript> tenMinuteCalls = joined(calls, 60);

        // the rules are many: three rounds left the JIT compiling through the first figure (a corpus item measured
        // 30–50 µs from one run to the next); fifteen of each kind of input leave it steady (within 10% between runs)
        run("warm-up", detector, everything, WARM_UP_ROUNDS);
        run("warm-up", detector, calls, WARM_UP_ROUNDS);
        System.out.printf("Gibberish guard, median of %d rounds of %,d checks (%s, %s)%n", ROUNDS, CHECKS_PER_ROUND,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        report("corpus, all items", detector, everything);
        report("one real call (corpus speech)", detector, calls);
        report("~1-minute call (6 calls joined)", detector, minuteCalls);
        report("~10-minute call (60 calls joined)", detector, tenMinuteCalls);
    }

    private static List<Transcript> joined(List<Transcript> calls, int per) {
        List<Transcript> joined = new ArrayList<>();
        for (int start = 0; start + per <= calls.size() * 2; start += per) {
            StringBuilder text = new StringBuilder();
            for (int i = start; i < start + per; i++) {
                text.append(calls.get(i % calls.size()).text()).append(' ');
            }
            joined.add(new Transcript("he", text.toString(), List.of(), "whisper-1", null));
        }
        return joined;
    }

    private static void report(String label, HebrewGibberishDetector detector, List<Transcript> inputs) {
        double[] rounds = run(label, detector, inputs, ROUNDS);
        Arrays.sort(rounds);
        int words = inputs.stream().mapToInt(t -> t.text().split("\\s+").length).sum() / inputs.size();
        System.out.printf("  %-36s %7.1f µs per check (about %d words; rounds %.1f–%.1f µs)%n", label,
                rounds[rounds.length / 2], words, rounds[0], rounds[rounds.length - 1]);
    }

    private static double[] run(String label, HebrewGibberishDetector detector, List<Transcript> inputs, int rounds) {
        double[] microsPerCheck = new double[rounds];
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < CHECKS_PER_ROUND; i++) {
                sink += detector.check(inputs.get(i % inputs.size())).reasonCode().length();
            }
            microsPerCheck[r] = (System.nanoTime() - start) / 1000.0 / CHECKS_PER_ROUND;
        }
        if (sink == 42) {
            System.out.println(label);
        }
        return microsPerCheck;
    }
}
