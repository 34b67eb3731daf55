package io.callpipeline.demo.bidi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Splits text into the runs a right-to-left page must isolate: each stretch that starts and ends
 * with a left-to-right character (a Latin letter, a digit, a "+" before a digit) and holds no Hebrew
 * or Arabic letter becomes its own run, to be shown in {@code <bdi dir="ltr">}. Without it a phone
 * number comes out as "972541234567+", and an English name and a SID inside a Hebrew sentence
 * change places. Pages use it through the {@code layout :: bidi(text)} fragment as {@code @bidi}.
 */
@Component("bidi")
public class BidiRuns {

    /** A stretch of text, left-to-right or not. */
    public record Run(String text, boolean ltr) {
    }

    public List<Run> runs(Object value) {
        List<Run> runs = new ArrayList<>();
        if (value == null) {
            return runs;
        }
        String text = value.toString();
        int[] cps = text.codePoints().toArray();
        int plainStart = 0;
        int i = 0;
        while (i < cps.length) {
            if (!startsLtr(cps, i)) {
                i++;
                continue;
            }
            int end = i;
            for (int j = i; j < cps.length && !isRtl(cps[j]); j++) {
                if (isLtr(cps[j])) {
                    end = j;
                }
            }
            add(runs, cps, plainStart, i, false);
            add(runs, cps, i, end + 1, true);
            i = end + 1;
            plainStart = i;
        }
        add(runs, cps, plainStart, cps.length, false);
        return runs;
    }

    private static boolean startsLtr(int[] cps, int i) {
        return isLtr(cps[i]) || (cps[i] == '+' && i + 1 < cps.length && Character.isDigit(cps[i + 1]));
    }

    static boolean isLtr(int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    static boolean isRtl(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static void add(List<Run> runs, int[] cps, int from, int to, boolean ltr) {
        if (to > from) {
            runs.add(new Run(new String(cps, from, to - from), ltr));
        }
    }
}
