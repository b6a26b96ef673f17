package org.lifecircle.siting;

import java.util.Arrays;

/**
 * The candidate sites of a model, by column index: their ids, which are existing facilities
 * ({@code fixed}: always open, counted toward coverage, not part of p) and which are excluded
 * (never opened). The rest are free: the solvers choose among them. Immutable.
 */
public final class CandidateSet {

    private final String[] ids;
    private final boolean[] fixed;
    private final boolean[] excluded;

    private CandidateSet(String[] ids, boolean[] fixed, boolean[] excluded) {
        this.ids = ids;
        this.fixed = fixed;
        this.excluded = excluded;
    }

    /** Candidates named by their column order; none fixed, none excluded. */
    public static CandidateSet of(String... ids) {
        return new CandidateSet(ids.clone(), new boolean[ids.length], new boolean[ids.length]);
    }

    /** Candidates named "0", "1", … */
    public static CandidateSet numbered(int count) {
        String[] ids = new String[count];
        for (int j = 0; j < count; j++) ids[j] = Integer.toString(j);
        return of(ids);
    }

    /** A copy where the given columns are existing facilities (always open). */
    public CandidateSet withFixed(int... columns) {
        boolean[] f = fixed.clone();
        for (int j : columns) {
            check(j);
            if (excluded[j]) throw new IllegalArgumentException("candidate " + ids[j] + " is excluded and fixed");
            f[j] = true;
        }
        return new CandidateSet(ids, f, excluded);
    }

    /** A copy where the given columns may not be opened. */
    public CandidateSet withExcluded(int... columns) {
        boolean[] e = excluded.clone();
        for (int j : columns) {
            check(j);
            if (fixed[j]) throw new IllegalArgumentException("candidate " + ids[j] + " is fixed and excluded");
            e[j] = true;
        }
        return new CandidateSet(ids, fixed, e);
    }

    public int size() {
        return ids.length;
    }

    public String id(int column) {
        return ids[column];
    }

    public boolean isFixed(int column) {
        return fixed[column];
    }

    public boolean isExcluded(int column) {
        return excluded[column];
    }

    /** Neither fixed nor excluded: a site the solver may open. */
    public boolean isFree(int column) {
        return !fixed[column] && !excluded[column];
    }

    public int freeCount() {
        int n = 0;
        for (int j = 0; j < ids.length; j++) if (isFree(j)) n++;
        return n;
    }

    public int[] fixedColumns() {
        return columns(fixed);
    }

    public int[] freeColumns() {
        int[] out = new int[freeCount()];
        int k = 0;
        for (int j = 0; j < ids.length; j++) if (isFree(j)) out[k++] = j;
        return out;
    }

    private static int[] columns(boolean[] flag) {
        int n = 0;
        for (boolean b : flag) if (b) n++;
        int[] out = new int[n];
        int k = 0;
        for (int j = 0; j < flag.length; j++) if (flag[j]) out[k++] = j;
        return out;
    }

    private void check(int j) {
        if (j < 0 || j >= ids.length) throw new IllegalArgumentException("no candidate column " + j);
    }

    @Override
    public String toString() {
        return "CandidateSet" + Arrays.toString(ids);
    }
}
