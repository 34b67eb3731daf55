package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The guard's figures on the labelled corpus: precision, recall and false-positive rate, with the
 * misjudged items listed. It fails below recall 0.95 or above 2% false positives.
 */
class GibberishCorpusEvaluationTest {

    private final HebrewGibberishDetector detector = new HebrewGibberishDetector();

    @Test
    void corpusIsLargeEnough() {
        List<GibberishCorpus.Item> corpus = GibberishCorpus.load();
        assertThat(corpus.stream().filter(GibberishCorpus.Item::gibberish)).hasSizeGreaterThanOrEqualTo(80);
        assertThat(corpus.stream().filter(i -> !i.gibberish())).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void recallAtLeast95PercentWithAtMost2PercentFalsePositives() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        StringBuilder misjudged = new StringBuilder();
        for (GibberishCorpus.Item item : GibberishCorpus.load()) {
            GibberishVerdict verdict = detector.check(item.transcript());
            int[] kind = byKind.computeIfAbsent(item.kind(), k -> new int[2]);
            kind[1]++;
            if (verdict.gibberish() == item.gibberish()) {
                kind[0]++;
            } else {
                misjudged.append("  ").append(item.gibberish() ? "missed " : "false positive (")
                        .append(item.gibberish() ? "" : verdict.reasonCode() + ") ").append(item).append('\n');
            }
            if (item.gibberish()) {
                if (verdict.gibberish()) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (verdict.gibberish()) {
                fp++;
            } else {
                tn++;
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        double falsePositiveRate = (double) fp / (fp + tn);
        StringBuilder report = new StringBuilder(String.format(
                "Gibberish corpus: %d gibberish, %d speech; precision %.3f, recall %.3f, false-positive rate %.3f%n",
                tp + fn, fp + tn, precision, recall, falsePositiveRate));
        byKind.forEach((kind, c) -> report.append(String.format("  %-22s %d/%d right%n", kind, c[0], c[1])));
        System.out.print(report.append(misjudged));

        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(falsePositiveRate).as("false-positive rate").isLessThanOrEqualTo(0.02);
    }

    @Test
    void inventedTailsOfRealCallsAreMarkedNotFailed() {
        for (GibberishCorpus.Item item : GibberishCorpus.load()) {
            if (!item.gibberish() && !item.transcript().segments().isEmpty()) {
                GibberishVerdict verdict = detector.check(item.transcript());
                assertThat(verdict.gibberish()).as(item.toString()).isFalse();
                assertThat(verdict.hallucinatedSegments()).as(item.toString()).isEqualTo(item.hiddenSegments());
            }
        }
    }
}
