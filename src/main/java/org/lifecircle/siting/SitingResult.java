package org.lifecircle.siting;

/**
 * The complete, immutable answer of one siting run: which solver ran, the objective and (for
 * an exact solver) its proven bounds and gap, the new sites in greedy order with each one's
 * marginal gain and covered (assigned) weight, the existing sites, every demand row's assigned
 * site. Columns are candidate indices of the model's
 * {@link CandidateSet}; ids are given alongside.
 */
public final class SitingResult {

    private final String model;
    private final String solver;
    private final double objective;
    private final double lowerBound;
    private final double upperBound;
    private final boolean provenOptimal;
    private final int[] selected;
    private final String[] selectedIds;
    private final double[] marginalGain;
    private final double[] siteWeight;
    private final int[] existing;
    private final double[] existingWeight;
    private final int[] assignedSite;
    private final double coveredWeight;
    private final double totalWeight;
    private final double uncoverableWeight;
    private final int demandRows;
    private final int mergedRows;
    private final long runtimeMs;

    SitingResult(Builder b) {
        this.model = b.model;
        this.solver = b.solver;
        this.objective = b.objective;
        this.lowerBound = b.lowerBound;
        this.upperBound = b.upperBound;
        this.provenOptimal = b.provenOptimal;
        this.selected = b.selected.clone();
        this.selectedIds = b.selectedIds.clone();
        this.marginalGain = b.marginalGain.clone();
        this.siteWeight = b.siteWeight.clone();
        this.existing = b.existing.clone();
        this.existingWeight = b.existingWeight.clone();
        this.assignedSite = b.assignedSite.clone();
        this.coveredWeight = b.coveredWeight;
        this.totalWeight = b.totalWeight;
        this.uncoverableWeight = b.uncoverableWeight;
        this.demandRows = b.assignedSite.length;
        this.mergedRows = b.mergedRows;
        this.runtimeMs = b.runtimeMs;
    }

    /** "mclp", "lscp", "pmedian" or "capacitated". */
    public String model() {
        return model;
    }

    /** Which solver produced the sites, e.g. "greedy", "local", "exact (SCIP)". */
    public String solver() {
        return solver;
    }

    /**
     * MCLP and capacitated: covered (assigned) weight; LSCP: number of new sites; p-median:
     * total weighted cost of the assigned rows.
     */
    public double objective() {
        return objective;
    }

    /** Proven lower bound on the optimum (exact solver), NaN when unknown. */
    public double lowerBound() {
        return lowerBound;
    }

    /** Proven upper bound on the optimum (exact solver), NaN when unknown. */
    public double upperBound() {
        return upperBound;
    }

    /** (upper − lower) / |objective|, 0 when proven optimal; NaN when no bound is known. */
    public double gap() {
        if (Double.isNaN(lowerBound) || Double.isNaN(upperBound)) return Double.NaN;
        double diff = Math.max(0, upperBound - lowerBound);
        return diff == 0 ? 0 : diff / Math.max(1e-12, Math.abs(objective));
    }

    public boolean provenOptimal() {
        return provenOptimal;
    }

    /** Number of new sites. */
    public int p() {
        return selected.length;
    }

    /** New sites (candidate columns) in greedy order. */
    public int[] selected() {
        return selected.clone();
    }

    public String[] selectedIds() {
        return selectedIds.clone();
    }

    /**
     * Gain of each new site when added in this order after the existing ones (covered weight,
     * or cost saving for p-median; NaN for p-median while some demand had no site in reach).
     */
    public double[] marginalGain() {
        return marginalGain.clone();
    }

    /** Demand weight assigned to each new site. */
    public double[] siteWeight() {
        return siteWeight.clone();
    }

    /** Existing (fixed) sites, by column. */
    public int[] existing() {
        return existing.clone();
    }

    /** Demand weight assigned to each existing site. */
    public double[] existingWeight() {
        return existingWeight.clone();
    }

    /** For every demand row the column it is assigned to, −1 when none. */
    public int[] assignedSite() {
        return assignedSite.clone();
    }

    /** Covered weight (coverage models) or weight assigned within reach (p-median). */
    public double coveredWeight() {
        return coveredWeight;
    }

    public double totalWeight() {
        return totalWeight;
    }

    public double coveredShare() {
        return totalWeight == 0 ? 0 : coveredWeight / totalWeight;
    }

    /** Weight that no non-excluded candidate can cover (or reach). */
    public double uncoverableWeight() {
        return uncoverableWeight;
    }

    public int demandRows() {
        return demandRows;
    }

    /** Demand rows folded into another row with the same coverage signature before solving. */
    public int mergedRows() {
        return mergedRows;
    }

    public long runtimeMs() {
        return runtimeMs;
    }

    /** Mutable collector used by the models; never escapes the package. */
    static final class Builder {
        String model;
        String solver;
        double objective;
        double lowerBound = Double.NaN;
        double upperBound = Double.NaN;
        boolean provenOptimal;
        int[] selected;
        String[] selectedIds;
        double[] marginalGain;
        double[] siteWeight;
        int[] existing;
        double[] existingWeight;
        int[] assignedSite;
        double coveredWeight;
        double totalWeight;
        double uncoverableWeight;
        int mergedRows;
        long runtimeMs;

        SitingResult build() {
            return new SitingResult(this);
        }
    }
}
