package org.lifecircle.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times two ways of doing the same work fairly: both warmed up, then A B A B … in one process,
 * the ratio B ÷ A taken per round (so that load from other processes on a shared machine hits
 * both sides of a round alike), reported as median and min–max. Each side returns a count (pairs,
 * cells) that must be the same in every round, so that the two sides are seen to do the same work.
 */
final class Alternating {

    /** One side: a name and the work, returning the count it produced. */
    record Side(String name, Callable<Long> work) {
    }

    /** Seconds per round of each side, the ratios B ÷ A, and the counts. */
    record Result(String a, String b, double[] secondsA, double[] secondsB, double[] ratios, long countA, long countB) {

        double medianA() {
            return median(secondsA);
        }

        double medianB() {
            return median(secondsB);
        }

        double medianRatio() {
            return median(ratios);
        }

        String row(String what) {
            double[] r = ratios.clone();
            Arrays.sort(r);
            return String.format(Locale.ROOT, "| %s | %s %.3f s | %s %.3f s | %.2f× (%.2f–%.2f) | %d | %,d / %,d |", what, a,
                    medianA(), b, medianB(), medianRatio(), r[0], r[r.length - 1], r.length, countA, countB);
        }
    }

    private Alternating() {
    }

    static Result run(Side a, Side b, int warmups, int rounds) throws Exception {
        for (int w = 0; w < warmups; w++) {
            a.work().call();
            b.work().call();
        }
        double[] sa = new double[rounds], sb = new double[rounds], ratio = new double[rounds];
        long ca = -1, cb = -1;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            long na = a.work().call();
            sa[r] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            long nb = b.work().call();
            sb[r] = (System.nanoTime() - t) / 1e9;
            ratio[r] = sb[r] / sa[r];
            if (r > 0 && (na != ca || nb != cb)) throw new IllegalStateException("counts changed between rounds");
            ca = na;
            cb = nb;
            System.out.printf(Locale.ROOT, "    round %d: %s %.3f s, %s %.3f s, ratio %.2f%n", r + 1, a.name(), sa[r], b.name(),
                    sb[r], ratio[r]);
        }
        return new Result(a.name(), b.name(), sa, sb, ratio, ca, cb);
    }

    static String header() {
        return "| work | A (median) | B (median) | B ÷ A median (min–max) | rounds | count A / count B |\n|---|---|---|---|---|---|";
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
