package org.lifecircle.coverage;

import java.util.Arrays;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.FacilityType;

/**
 * The facilities of one type as parallel arrays: id, name, WGS84 position, floor/land area (m²)
 * and capacity (places, beds), NaN where the file gives none. Index {@code f} is the facility's
 * position here, the "nearest source" index of a {@link TypeTimes}. Immutable: edits (add, move,
 * remove, as the web map and scenarios make them) return a new set, O(n).
 */
public final class FacilitySites {

    private final String typeKey;
    private final String[] ids;
    private final String[] names;
    private final double[] lon;
    private final double[] lat;
    private final double[] areaM2;
    private final double[] capacity;

    public FacilitySites(String typeKey, String[] ids, String[] names, double[] lon, double[] lat, double[] areaM2,
            double[] capacity) {
        int n = ids.length;
        if (names.length != n || lon.length != n || lat.length != n || areaM2.length != n || capacity.length != n) {
            throw new IllegalArgumentException("facility columns differ in length");
        }
        this.typeKey = typeKey;
        this.ids = ids.clone();
        this.names = names.clone();
        this.lon = lon.clone();
        this.lat = lat.clone();
        this.areaM2 = areaM2.clone();
        this.capacity = capacity.clone();
    }

    /** The facilities of one pack type, labelled {@code typeKey}, in file order. */
    public static FacilitySites of(Facilities facilities, FacilityType type, String typeKey) {
        int[] of = facilities.indicesOfType(type.index());
        int n = of.length;
        String[] ids = new String[n];
        String[] names = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] area = new double[n];
        double[] cap = new double[n];
        for (int k = 0; k < n; k++) {
            int i = of[k];
            ids[k] = facilities.id(i);
            names[k] = facilities.name(i).isEmpty() ? facilities.id(i) : facilities.name(i);
            lon[k] = facilities.lon(i);
            lat[k] = facilities.lat(i);
            area[k] = facilities.areaM2(i);
            cap[k] = facilities.capacity(i);
        }
        return new FacilitySites(typeKey, ids, names, lon, lat, area, cap);
    }

    public static FacilitySites empty(String typeKey) {
        return new FacilitySites(typeKey, new String[0], new String[0], new double[0], new double[0], new double[0],
                new double[0]);
    }

    public String typeKey() {
        return typeKey;
    }

    public int size() {
        return ids.length;
    }

    public String id(int f) {
        return ids[f];
    }

    public String name(int f) {
        return names[f];
    }

    public double lon(int f) {
        return lon[f];
    }

    public double lat(int f) {
        return lat[f];
    }

    /** Area in m², NaN when not given. */
    public double areaM2(int f) {
        return areaM2[f];
    }

    /** Capacity (places, beds), NaN when not given. */
    public double capacity(int f) {
        return capacity[f];
    }

    /** Copies of the coordinate columns, for {@code TravelTimeModel.locate} (which keeps the arrays). */
    public double[] lons() {
        return lon.clone();
    }

    public double[] lats() {
        return lat.clone();
    }

    /** Index of the facility with this id, or -1. */
    public int indexOf(String id) {
        for (int f = 0; f < ids.length; f++) {
            if (ids[f].equals(id)) return f;
        }
        return -1;
    }

    /** A set with one more facility at the end. */
    public FacilitySites withAdded(String id, String name, double lonDeg, double latDeg, double area, double places) {
        if (indexOf(id) >= 0) throw new IllegalArgumentException("facility " + id + " already exists in " + typeKey);
        int n = size();
        String[] i2 = Arrays.copyOf(ids, n + 1);
        String[] n2 = Arrays.copyOf(names, n + 1);
        double[] x = Arrays.copyOf(lon, n + 1);
        double[] y = Arrays.copyOf(lat, n + 1);
        double[] a = Arrays.copyOf(areaM2, n + 1);
        double[] c = Arrays.copyOf(capacity, n + 1);
        i2[n] = id;
        n2[n] = name;
        x[n] = lonDeg;
        y[n] = latDeg;
        a[n] = area;
        c[n] = places;
        return new FacilitySites(typeKey, i2, n2, x, y, a, c);
    }

    /** A set with facility {@code id} moved. */
    public FacilitySites withMoved(String id, double lonDeg, double latDeg) {
        int f = require(id);
        FacilitySites copy = new FacilitySites(typeKey, ids, names, lon, lat, areaM2, capacity);
        copy.lon[f] = lonDeg;
        copy.lat[f] = latDeg;
        return copy;
    }

    /** A set without facility {@code id}; later facilities move down one index. */
    public FacilitySites without(String id) {
        int f = require(id);
        int n = size();
        return new FacilitySites(typeKey, drop(ids, f, new String[n - 1]), drop(names, f, new String[n - 1]),
                drop(lon, f), drop(lat, f), drop(areaM2, f), drop(capacity, f));
    }

    private int require(String id) {
        int f = indexOf(id);
        if (f < 0) throw new IllegalArgumentException("no facility " + id + " in " + typeKey);
        return f;
    }

    private static String[] drop(String[] a, int k, String[] out) {
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }

    private static double[] drop(double[] a, int k) {
        double[] out = new double[a.length - 1];
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }
}
