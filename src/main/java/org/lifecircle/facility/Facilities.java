package org.lifecircle.facility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Facility points as parallel primitive arrays: id, WGS84 lon/lat, type index into the
 * {@link StandardsPack} they were read against, name, area (m², NaN when unknown) and capacity
 * (places, beds; NaN when unknown).
 *
 * <p>Contract for coverage and siting: {@link #indicesOfType(int)} lists the facilities of one
 * type (ascending) for a multi-source search; {@link #measureSum(Measure, int)} feeds the
 * per-capita {@link Indicator}s (unknown areas or capacities count as 0 and are counted by
 * {@link #missingMeasure(Measure, int)} so a report can say so). Array accessors return the
 * internal arrays: callers must not modify them. Immutable; build with {@link #builder}.
 * Memory O(facilities).
 */
public final class Facilities {

    private final StandardsPack pack;
    private final String source;
    private final String[] ids;
    private final String[] names;
    private final double[] lons;
    private final double[] lats;
    private final int[] types;
    private final double[] areaM2;
    private final double[] capacity;

    private Facilities(Builder b) {
        int n = b.ids.size();
        this.pack = b.pack;
        this.source = b.source;
        this.ids = b.ids.toArray(new String[0]);
        this.names = b.names.toArray(new String[0]);
        this.lons = Arrays.copyOf(b.lons, n);
        this.lats = Arrays.copyOf(b.lats, n);
        this.types = Arrays.copyOf(b.types, n);
        this.areaM2 = Arrays.copyOf(b.areas, n);
        this.capacity = Arrays.copyOf(b.capacities, n);
    }

    public static Builder builder(StandardsPack pack, String source) {
        return new Builder(pack, source);
    }

    public int size() {
        return ids.length;
    }

    public StandardsPack pack() {
        return pack;
    }

    public String source() {
        return source;
    }

    public String id(int i) {
        return ids[i];
    }

    /** Name, or the empty string when the file gives none. */
    public String name(int i) {
        return names[i];
    }

    public double lon(int i) {
        return lons[i];
    }

    public double lat(int i) {
        return lats[i];
    }

    /** Index of the facility's type in {@link StandardsPack#types()}. */
    public int typeIndex(int i) {
        return types[i];
    }

    public FacilityType type(int i) {
        return pack.types().get(types[i]);
    }

    public double areaM2(int i) {
        return areaM2[i];
    }

    public double capacity(int i) {
        return capacity[i];
    }

    /** Internal arrays for hot loops (do not modify). */
    public double[] lons() {
        return lons;
    }

    public double[] lats() {
        return lats;
    }

    public int[] typeIndices() {
        return types;
    }

    /** Indices of the facilities of one type, ascending. O(facilities). */
    public int[] indicesOfType(int typeIndex) {
        int n = 0;
        for (int t : types) if (t == typeIndex) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < types.length; i++) if (types[i] == typeIndex) out[k++] = i;
        return out;
    }

    /** Sum of area or capacity over the facilities of one type; unknown values count as 0. */
    public double measureSum(Measure measure, int typeIndex) {
        double[] values = measure == Measure.AREA_M2 ? areaM2 : capacity;
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == typeIndex && !Double.isNaN(values[i])) sum += values[i];
        }
        return sum;
    }

    /** How many facilities of one type have no value for the measure. */
    public int missingMeasure(Measure measure, int typeIndex) {
        double[] values = measure == Measure.AREA_M2 ? areaM2 : capacity;
        int missing = 0;
        for (int i = 0; i < types.length; i++) if (types[i] == typeIndex && Double.isNaN(values[i])) missing++;
        return missing;
    }

    /** Collects facilities; validation of the source rows is the reader's job. */
    public static final class Builder {
        private final StandardsPack pack;
        private final String source;
        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private double[] lons = new double[16];
        private double[] lats = new double[16];
        private int[] types = new int[16];
        private double[] areas = new double[16];
        private double[] capacities = new double[16];

        private Builder(StandardsPack pack, String source) {
            this.pack = pack;
            this.source = source;
        }

        /**
         * Adds a facility of a type of the pack.
         *
         * @throws IllegalArgumentException for a type not in the pack (readers check first and report the row)
         */
        public Builder add(String id, double lon, double lat, String typeKey, String name, double areaM2, double capacity) {
            int type = pack.getType(typeKey).index();
            int n = ids.size();
            if (n == lons.length) {
                lons = Arrays.copyOf(lons, 2 * n);
                lats = Arrays.copyOf(lats, 2 * n);
                types = Arrays.copyOf(types, 2 * n);
                areas = Arrays.copyOf(areas, 2 * n);
                capacities = Arrays.copyOf(capacities, 2 * n);
            }
            ids.add(id);
            names.add(name == null ? "" : name);
            lons[n] = lon;
            lats[n] = lat;
            types[n] = type;
            areas[n] = areaM2;
            capacities[n] = capacity;
            return this;
        }

        public Facilities build() {
            return new Facilities(this);
        }
    }
}
