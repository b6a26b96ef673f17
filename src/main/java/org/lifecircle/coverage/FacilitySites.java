package org.lifecircle.coverage;

import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.FacilityType;

/**
 * The facilities of one type as parallel arrays: id, name, WGS84 position, floor/land area (m²)
 * and capacity (places, beds), NaN where the file gives none. Index {@code f} is the facility's
 * position here, the "nearest source" index of a {@link TypeTimes}. Immutable: scenarios edit
 * facilities as {@code scenario.FacilityRecord}s and convert them back, O(n).
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
}
